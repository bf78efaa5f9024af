import { OrderSummaryView, OrderView } from '@app/contracts';
import { canCancel } from './domain/cancellation';
import { Order } from './persistence/order.entity';

export function mapOrder(order: Order): OrderView {
  const money = (amountMinor: number) => ({ amountMinor, currency: order.currency });
  const lines = [...(order.lines ?? [])].sort((a, b) => a.position - b.position);
  const milestones = [...(order.milestones ?? [])].sort(
    (a, b) => a.at.getTime() - b.at.getTime() || Number(a.id) - Number(b.id),
  );
  return {
    id: order.id,
    customerId: order.customerId,
    restaurantId: order.restaurantId,
    status: order.status,
    paymentMethod: order.paymentMethod,
    items: lines.map((line) => ({
      menuItemId: line.menuItemId,
      name: line.name,
      quantity: line.quantity,
      unitPrice: money(line.unitPriceMinor),
      lineTotal: money(line.lineTotalMinor),
      options: (line.options ?? []).map((o) => ({
        groupId: o.groupId,
        optionId: o.optionId,
        name: o.name,
        priceDelta: money(o.priceDeltaMinor),
      })),
      note: line.note,
    })),
    subtotal: money(order.subtotalMinor),
    deliveryFee: money(order.deliveryFeeMinor),
    tip: money(order.tipMinor),
    total: money(order.totalMinor),
    deliveryAddress: order.deliveryAddress,
    specialRequests: order.specialRequests,
    deliverAt: order.deliverAt?.toISOString() ?? null,
    placedAt: order.placedAt.toISOString(),
    statusHistory: milestones.map((m) => ({
      milestone: m.milestone,
      status: m.status,
      at: m.at.toISOString(),
    })),
    courierLocation: order.status === 'in_delivery' ? order.courierLocation : null,
    estimatedReadyAt: order.estimatedReadyAt?.toISOString() ?? null,
    estimatedDeliveryAt: order.estimatedDeliveryAt?.toISOString() ?? null,
    paymentDueAt:
      order.status === 'pending_payment' ? (order.paymentDueAt?.toISOString() ?? null) : null,
    cancelReason: order.cancelReason,
    cancellable: canCancel(order.status, order.warehouseStartedAt),
  };
}

export function mapOrderSummary(order: Order): OrderSummaryView {
  return {
    id: order.id,
    restaurantId: order.restaurantId,
    status: order.status,
    total: { amountMinor: order.totalMinor, currency: order.currency },
    itemCount: (order.lines ?? []).reduce((sum, l) => sum + l.quantity, 0),
    placedAt: order.placedAt.toISOString(),
    deliverAt: order.deliverAt?.toISOString() ?? null,
    estimatedDeliveryAt: order.estimatedDeliveryAt?.toISOString() ?? null,
  };
}
