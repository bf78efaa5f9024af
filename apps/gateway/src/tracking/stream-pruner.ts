import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { PeriodicJob } from '@app/platform';
import { StreamEventRepository } from './persistence/stream-event.repository';
import { TRACKING_CONFIG, TrackingConfig } from './tracking.env';

const EVERY_MS = 5 * 60_000;
const BATCH = 10_000;

/** Keeps the stream store to its retention window; every replica prunes, which is harmless. */
@Injectable()
export class StreamPruner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job = new PeriodicJob(
    'pruning stream events',
    EVERY_MS,
    () => this.prune(),
    new Logger(StreamPruner.name),
  );

  constructor(
    private readonly store: StreamEventRepository,
    @Inject(TRACKING_CONFIG) private readonly config: TrackingConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.job.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  private async prune(): Promise<void> {
    const before = new Date(Date.now() - this.config.retentionMs);
    let deleted: number;
    do deleted = await this.store.prune(before, BATCH);
    while (deleted === BATCH);
  }
}
