import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventData } from '@app/contracts';
import { EarlyCollection } from '../persistence/early-collection.entity';
import { lockOrderPayment } from '../persistence/order-lock';
import { Payment } from '../persistence/payment.entity';
import { SettleCollectionUseCase } from './settle-collection.use-case';

/**
 * The courier's `payment_collected`. The courier's topic may overtake orders.v1, and waiting
 * for order.placed inside the handler cannot work (kafkajs fetches nothing new for this
 * consumer until the handler returns), so an unknown order's collection is kept and settled
 * by OpenPaymentUseCase when the order arrives.
 */
@Injectable()
export class RecordCollectionUseCase {
  private readonly logger = new Logger(RecordCollectionUseCase.name);

  constructor(private readonly settle: SettleCollectionUseCase) {}

  async execute(
    manager: EntityManager,
    collected: EventData<'courier.payment_collected'>,
  ): Promise<void> {
    const collection = {
      method: collected.method,
      amountMinor: collected.amountMinor,
      currency: collected.currency,
      at: new Date(collected.at),
    };
    await lockOrderPayment(manager, collected.orderId);
    const payment = await manager.findOneBy(Payment, { orderId: collected.orderId });
    if (payment) return this.settle.execute(manager, payment, collection);
    const { at, ...amount } = collection;
    await manager
      .createQueryBuilder()
      .insert()
      .into(EarlyCollection)
      .values({ ...amount, orderId: collected.orderId, collectedAt: at })
      .orIgnore()
      .execute();
    this.logger.log(`collection for order ${collected.orderId} kept until its order arrives`);
  }
}
