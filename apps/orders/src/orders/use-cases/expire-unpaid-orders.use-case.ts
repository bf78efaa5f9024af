import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Outbox } from '@app/messaging';
import { PeriodicJob } from '@app/platform';
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
  private readonly job: PeriodicJob;

  constructor(
    private readonly dataSource: DataSource,
    private readonly cancel: CancelOrderUseCase,
    private readonly outbox: Outbox,
    @Inject(ORDERS_CONFIG) config: OrdersConfig,
  ) {
    this.job = new PeriodicJob(
      'expiring unpaid orders',
      config.expiryCheckIntervalMs,
      () => this.execute(),
      this.logger,
    );
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
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
