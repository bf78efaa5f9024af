import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventData } from '@app/contracts';
import { EventRejected, Outbox } from '@app/messaging';
import { Payment } from '../persistence/payment.entity';

/** The courier collected cash or a card payment at the door: the payment has succeeded. */
@Injectable()
export class RecordCollectionUseCase {
  constructor(private readonly outbox: Outbox) {}

  async execute(
    manager: EntityManager,
    collected: EventData<'courier.payment_collected'>,
  ): Promise<void> {
    const payment = await manager.findOne(Payment, {
      where: { orderId: collected.orderId },
      lock: { mode: 'pessimistic_write' },
    });
    // The courier's topic may overtake orders.v1: an unknown payment is retried before it is
    // parked, since its order.placed is likely still on the way.
    if (!payment) throw new Error(`no payment yet for order ${collected.orderId}`);
    if (payment.status !== 'awaiting_collection') {
      throw new EventRejected(`payment for order ${collected.orderId} is ${payment.status}`);
    }
    if (collected.amountMinor !== payment.amountMinor || collected.currency !== payment.currency) {
      throw new EventRejected(
        `collected ${collected.amountMinor} ${collected.currency}, owed ${payment.amountMinor} ${payment.currency}`,
      );
    }
    const at = new Date(collected.at);
    await manager.update(Payment, { id: payment.id }, { status: 'succeeded', settledAt: at });
    await this.outbox.add(manager, 'payment.succeeded', payment.orderId, {
      paymentId: payment.id,
      orderId: payment.orderId,
      customerId: payment.customerId,
      method: collected.method,
      amountMinor: payment.amountMinor,
      currency: payment.currency,
      at: at.toISOString(),
    });
  }
}
