import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventData } from '@app/contracts';
import { EventRejected, Outbox } from '@app/messaging';
import { Payment } from '../persistence/payment.entity';

export type CollectionMethod = EventData<'courier.payment_collected'>['method'];

export interface Collection {
  method: CollectionMethod;
  amountMinor: number;
  currency: string;
  at: Date;
}

/**
 * The courier collected cash or a card payment at the door: the payment has succeeded. A
 * collection that does not fit the payment (settled already, another amount) is rejected.
 */
@Injectable()
export class SettleCollectionUseCase {
  constructor(private readonly outbox: Outbox) {}

  async execute(manager: EntityManager, payment: Payment, collected: Collection): Promise<void> {
    if (payment.status !== 'awaiting_collection') {
      throw new EventRejected(`payment for order ${payment.orderId} is ${payment.status}`);
    }
    if (collected.amountMinor !== payment.amountMinor || collected.currency !== payment.currency) {
      throw new EventRejected(
        `collected ${collected.amountMinor} ${collected.currency}, owed ${payment.amountMinor} ${payment.currency}`,
      );
    }
    await manager.update(
      Payment,
      { id: payment.id },
      { status: 'succeeded', settledAt: collected.at },
    );
    await this.outbox.add(manager, 'payment.succeeded', payment.orderId, {
      paymentId: payment.id,
      orderId: payment.orderId,
      customerId: payment.customerId,
      method: collected.method,
      amountMinor: payment.amountMinor,
      currency: payment.currency,
      at: collected.at.toISOString(),
    });
  }
}
