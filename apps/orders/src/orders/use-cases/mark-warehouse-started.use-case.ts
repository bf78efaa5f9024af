import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventRejected, Outbox } from '@app/messaging';
import { Order } from '../persistence/order.entity';
import { OrderLoader } from '../persistence/order.loader';

/**
 * Records that the warehouse began picking an order's ingredients; from then on the customer
 * can no longer cancel. Takes the order's row lock, so it serialises with a cancellation: a
 * start reported after we cancelled is parked (the warehouse has our cancellation).
 */
@Injectable()
export class MarkWarehouseStartedUseCase {
  constructor(
    private readonly orders: OrderLoader,
    private readonly outbox: Outbox,
  ) {}

  async execute(manager: EntityManager, orderId: string, at: Date): Promise<void> {
    const order = await this.orders.lock(manager, orderId);
    if (!order) throw new EventRejected(`unknown order ${orderId}`);
    if (order.status === 'cancelled') {
      throw new EventRejected(`order ${orderId}: warehouse started after cancellation`);
    }
    if (order.warehouseStartedAt) return; // the first report counts
    await manager.update(Order, { id: orderId }, { warehouseStartedAt: at });
    await this.outbox.add(manager, 'order.updated', orderId, {
      orderId,
      customerId: order.customerId,
      changed: ['cancellable'],
      at: at.toISOString(),
    });
  }
}
