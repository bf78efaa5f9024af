import { OrderView } from '@app/contracts';
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
  };
}
