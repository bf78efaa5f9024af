import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventRejected, Outbox } from '@app/messaging';
import { reviseEstimates } from '../domain/estimate-revision';
import { Milestone, transition } from '../domain/order-lifecycle';
import { OrderMilestone } from '../persistence/order-milestone.entity';
import { Order } from '../persistence/order.entity';
import { OrderLoader } from '../persistence/order.loader';

/**
 * Applies a milestone reported by the platform (kitchen, courier) inside the consumer's
 * transaction. An impossible or stale milestone is rejected, so the dispatcher parks it on the
 * dead-letter topic; the order is never moved backwards.
 */
@Injectable()
export class RecordMilestoneUseCase {
  private readonly logger = new Logger(RecordMilestoneUseCase.name);

  constructor(
    private readonly orders: OrderLoader,
    private readonly outbox: Outbox,
  ) {}

  async execute(
    manager: EntityManager,
    orderId: string,
    milestone: Milestone,
    at: Date,
  ): Promise<void> {
    const order = await this.orders.lock(manager, orderId);
    if (!order) throw new EventRejected(`unknown order ${orderId}`);
    const reached = new Set(
      (await manager.find(OrderMilestone, { where: { order: { id: orderId } } })).map(
        (m) => m.milestone,
      ),
    );
    const result = transition(order.status, milestone, reached);
    if (!result.ok) throw new EventRejected(`order ${orderId}: ${result.reason}`);
    await manager.insert(OrderMilestone, {
      order: { id: orderId },
      milestone,
      status: result.to,
      at,
    });
    await this.revise(manager, order, milestone, at);
    if (!result.changed) {
      // The history grew without a status change (e.g. `ready`): still news for the view.
      await this.outbox.add(manager, 'order.updated', orderId, {
        orderId,
        customerId: order.customerId,
        changed: ['statusHistory'],
        at: at.toISOString(),
      });
      return;
    }
    const from = order.status;
    await manager.update(Order, { id: orderId }, { status: result.to });
    await this.outbox.add(manager, 'order.status_changed', orderId, {
      orderId,
      customerId: order.customerId,
      from,
      to: result.to,
      at: at.toISOString(),
    });
    this.logger.log(`order ${orderId}: ${from} -> ${result.to} (${milestone})`);
  }

  /** Replaces the placement's guesses with the reported progress, and tells the customer. */
  private async revise(
    manager: EntityManager,
    order: Order,
    milestone: Milestone,
    at: Date,
  ): Promise<void> {
    const { estimatedReadyAt, estimatedDeliveryAt, preparationMinutes, travelMinutes } = order;
    if (!estimatedReadyAt || !estimatedDeliveryAt) return;
    if (preparationMinutes === null || travelMinutes === null) return; // placed before they were kept
    const revised = reviseEstimates(
      {
        readyAt: estimatedReadyAt,
        deliveryAt: estimatedDeliveryAt,
        preparationMinutes,
        travelMinutes,
        deliverAt: order.deliverAt,
      },
      milestone,
      at,
    );
    if (!revised) return;
    await manager.update(
      Order,
      { id: order.id },
      { estimatedReadyAt: revised.readyAt, estimatedDeliveryAt: revised.deliveryAt },
    );
    await this.outbox.add(manager, 'order.estimates_changed', order.id, {
      orderId: order.id,
      customerId: order.customerId,
      estimatedReadyAt: revised.readyAt.toISOString(),
      estimatedDeliveryAt: revised.deliveryAt.toISOString(),
      reason: revised.reason,
      at: at.toISOString(),
    });
  }

  async recordLocation(
    manager: EntityManager,
    orderId: string,
    location: { lat: number; lng: number; at: string },
  ): Promise<void> {
    const order = await this.orders.lock(manager, orderId);
    if (!order) throw new EventRejected(`unknown order ${orderId}`);
    if (order.status !== 'in_delivery') {
      throw new EventRejected(`order ${orderId}: location while ${order.status}`);
    }
    const last = order.courierLocation;
    if (last && last.at >= location.at) return; // an older fix arriving late
    await manager.update(Order, { id: orderId }, { courierLocation: location });
    // Republished with the customer id so the gateway can route it to that customer's streams.
    await this.outbox.add(manager, 'order.courier_location', orderId, {
      orderId,
      customerId: order.customerId,
      lat: location.lat,
      lng: location.lng,
      at: location.at,
    });
  }
}
