import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Outbox } from '@app/messaging';
import { ORDERS_CONFIG, OrdersConfig } from '../../orders-config';
import { Order } from '../persistence/order.entity';
import { CancelOrderUseCase } from './cancel-order.use-case';

const BATCH = 50;

/**
 * Cancels card/QR orders whose payment did not arrive in time (`payment_expired`), releasing
 * their stock. Runs on a timer in every replica; `SKIP LOCKED` lets replicas share the work
 * and never blocks on an order a customer or a payment is changing right now.
 */
@Injectable()
export class ExpireUnpaidOrdersUseCase implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ExpireUnpaidOrdersUseCase.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly cancel: CancelOrderUseCase,
    private readonly outbox: Outbox,
    @Inject(ORDERS_CONFIG) private readonly config: OrdersConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.execute()
        .catch((error: unknown) => this.logger.error(`expiry run failed: ${String(error)}`))
        .finally(() => (this.running = undefined));
    }, this.config.expiryCheckIntervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Expires one batch; returns how many orders it cancelled. */
  async execute(now = new Date()): Promise<number> {
    const expired = await this.dataSource.transaction(async (manager) => {
      const due = await manager
        .createQueryBuilder(Order, 'o')
        .where(`o.status = 'pending_payment' AND o.payment_due_at <= :now`, { now })
        .orderBy('o.payment_due_at')
        .limit(BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const order of due)
        await this.cancel.cancelLocked(manager, order, 'payment_expired', now);
      return due.length;
    });
    if (expired > 0) {
      this.outbox.flushSoon();
      this.logger.log(`expired ${expired} unpaid orders`);
    }
    return expired;
  }
}
