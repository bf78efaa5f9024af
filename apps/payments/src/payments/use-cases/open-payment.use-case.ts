import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventData } from '@app/contracts';
import { Payment } from '../persistence/payment.entity';

const PAY_ON_DELIVERY = new Set(['cash', 'card_on_delivery']);

/**
 * Opens the order's payment when it is placed. Pay-on-delivery orders wait for the courier's
 * `payment_collected`; card and QR payments are started by the payment endpoints.
 */
@Injectable()
export class OpenPaymentUseCase {
  async execute(manager: EntityManager, order: EventData<'order.placed'>): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(Payment)
      .values({
        id: randomUUID(),
        orderId: order.orderId,
        customerId: order.customerId,
        method: order.paymentMethod,
        amountMinor: order.totalMinor,
        currency: order.currency,
        status: PAY_ON_DELIVERY.has(order.paymentMethod)
          ? 'awaiting_collection'
          : 'requires_payment',
        createdAt: new Date(order.placedAt),
        settledAt: null,
      })
      .orIgnore()
      .execute();
  }
}
