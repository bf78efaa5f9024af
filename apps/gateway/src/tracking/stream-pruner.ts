import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { StreamEventRepository } from './persistence/stream-event.repository';
import { TRACKING_CONFIG, TrackingConfig } from './tracking.env';

const EVERY_MS = 5 * 60_000;
const BATCH = 10_000;

/** Keeps the stream store to its retention window; every replica prunes, which is harmless. */
@Injectable()
export class StreamPruner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(StreamPruner.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly store: StreamEventRepository,
    @Inject(TRACKING_CONFIG) private readonly config: TrackingConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= this.prune().finally(() => (this.running = undefined));
    }, EVERY_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async prune(): Promise<void> {
    const before = new Date(Date.now() - this.config.retentionMs);
    try {
      let deleted: number;
      do deleted = await this.store.prune(before, BATCH);
      while (deleted === BATCH);
    } catch (error) {
      this.logger.warn(`pruning stream events failed: ${String(error)}`);
    }
  }
}
