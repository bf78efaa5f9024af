import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppError, CancelReason, OrderView } from '@app/contracts';
import { Outbox } from '@app/messaging';
import { StockRepository } from '../../menu/persistence/stock.repository';
import { canCancel } from '../domain/cancellation';
import { transition } from '../domain/order-lifecycle';
import { mapOrder } from '../order.mapper';
import { OrderMilestone } from '../persistence/order-milestone.entity';
import { Order } from '../persistence/order.entity';
import { OrderLoader } from '../persistence/order.loader';

/**
 * Cancels an order while neither the kitchen nor the warehouse has started: gives its stock
 * back and tells payments (refund), the kitchen and the warehouse, all in one transaction with
 * the order row locked. The kitchen's `cooking_started` takes the same lock, so a race between
 * the two ends in exactly one of them everywhere.
 */
@Injectable()
export class CancelOrderUseCase {
  private readonly logger = new Logger(CancelOrderUseCase.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly orders: OrderLoader,
    private readonly stock: StockRepository,
    private readonly outbox: Outbox,
  ) {}

  async execute(customerId: string, orderId: string, note?: string): Promise<OrderView> {
    await this.dataSource.transaction(async (manager) => {
      const order = await this.orders.lock(manager, orderId);
      if (!order || order.customerId !== customerId) {
        throw AppError.notFound('order_not_found', 'No such order.');
      }
      if (!canCancel(order.status, order.warehouseStartedAt)) {
        throw AppError.conflict(
          'order_not_cancellable',
          order.status === 'cancelled'
            ? 'The order is cancelled already.'
            : 'The kitchen or the warehouse has started on this order.',
          { orderStatus: order.status, warehouseStarted: order.warehouseStartedAt !== null },
        );
      }
      await this.cancelLocked(manager, order, 'customer', new Date(), note);
    });
    this.outbox.flushSoon();
    return mapOrder(await this.orders.get(orderId));
  }

  /** For callers that hold the order's row lock and have checked it may be cancelled. */
  async cancelLocked(
    manager: EntityManager,
    order: Order,
    reason: CancelReason,
    at: Date,
    note?: string,
  ): Promise<void> {
    const result = transition(order.status, 'cancelled', new Set());
    if (!result.ok) throw new Error(`order ${order.id}: ${result.reason}`);
    await this.stock.release(manager, order.id, at);
    await manager.insert(OrderMilestone, {
      order: { id: order.id },
      milestone: 'cancelled',
      status: 'cancelled',
      at,
    });
    await manager.update(
      Order,
      { id: order.id },
      { status: 'cancelled', cancelReason: reason, paymentDueAt: null },
    );
    await this.outbox.add(manager, 'order.cancelled', order.id, {
      orderId: order.id,
      customerId: order.customerId,
      reason,
      from: order.status,
      at: at.toISOString(),
      ...(note ? { note } : {}),
      paymentMethod: order.paymentMethod,
      totalMinor: order.totalMinor,
      currency: order.currency,
    });
    const cancellation = {
      orderId: order.id,
      restaurantId: order.restaurantId,
      reason,
      at: at.toISOString(),
    };
    await this.outbox.add(manager, 'warehouse.transfer_cancelled', order.id, cancellation);
    await this.outbox.add(manager, 'kitchen.order_cancelled', order.id, cancellation);
    this.logger.log(`order ${order.id}: ${order.status} -> cancelled (${reason})`);
  }
}
