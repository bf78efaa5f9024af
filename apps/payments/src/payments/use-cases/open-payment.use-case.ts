import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventData } from '@app/contracts';
import { EventRejected } from '@app/messaging';
import { EarlyCollection } from '../persistence/early-collection.entity';
import { lockOrderPayment } from '../persistence/order-lock';
import { Payment } from '../persistence/payment.entity';
import { SettleCollectionUseCase } from './settle-collection.use-case';

const PAY_ON_DELIVERY = new Set(['cash', 'card_on_delivery']);

/**
 * Opens the order's payment when it is placed. Pay-on-delivery orders wait for the courier's
 * `payment_collected` (or settle at once with one that came first); card and QR payments are
 * started by the payment endpoints.
 */
@Injectable()
export class OpenPaymentUseCase {
  private readonly logger = new Logger(OpenPaymentUseCase.name);

  constructor(private readonly settle: SettleCollectionUseCase) {}

  async execute(manager: EntityManager, order: EventData<'order.placed'>): Promise<void> {
    await lockOrderPayment(manager, order.orderId);
    const payment: Payment = {
      id: randomUUID(),
      orderId: order.orderId,
      customerId: order.customerId,
      method: order.paymentMethod,
      amountMinor: order.totalMinor,
      currency: order.currency,
      status: PAY_ON_DELIVERY.has(order.paymentMethod) ? 'awaiting_collection' : 'requires_payment',
      createdAt: new Date(order.placedAt),
      settledAt: null,
    };
    const opened = await manager
      .createQueryBuilder()
      .insert()
      .into(Payment)
      .values(payment)
      .orIgnore()
      .returning(['id'])
      .execute();
    if ((opened.raw as unknown[]).length === 0) return; // opened before
    const early = await manager.findOneBy(EarlyCollection, { orderId: order.orderId });
    if (!early) return;
    try {
      await this.settle.execute(manager, payment, { ...early, at: early.collectedAt });
      await manager.delete(EarlyCollection, { orderId: order.orderId });
    } catch (error) {
      if (!(error instanceof EventRejected)) throw error;
      // The order itself is fine; the collection stays on record for whoever looks into it.
      this.logger.warn(`early collection for order ${order.orderId} not applied: ${error.message}`);
    }
  }
}
