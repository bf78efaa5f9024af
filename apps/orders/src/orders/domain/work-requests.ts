import {
  KitchenOrderRequestedData,
  TransferLineData,
  WarehouseTransferRequestedData,
} from '@app/contracts';
import { Estimates } from './estimates';
import { PreparedLine } from './order-lines';
import { Allocation } from './stock-reservation';

interface OrderFacts {
  orderId: string;
  restaurantId: string;
  specialRequests: string | null;
  paymentPending: boolean;
}

export function kitchenRequest(
  order: OrderFacts,
  lines: PreparedLine[],
  times: Estimates,
  restocking: boolean,
  at: Date,
): KitchenOrderRequestedData {
  return {
    orderId: order.orderId,
    restaurantId: order.restaurantId,
    items: lines.map((l) => ({
      menuItemId: l.menuItemId,
      name: l.name,
      quantity: l.quantity,
      options: l.options.map((o) => o.name),
      ...(l.note ? { note: l.note } : {}),
    })),
    ...(order.specialRequests ? { specialRequests: order.specialRequests } : {}),
    paymentPending: order.paymentPending,
    waitingForRestock: restocking,
    startCookingAt: times.startCookingAt.toISOString(),
    readyBy: times.readyAt.toISOString(),
    at: at.toISOString(),
  };
}

/**
 * What the warehouse must move: first what central storage sends to the warehouse
 * (`store_to_wh`, only when the warehouse is short), then everything the kitchen needs
 * (`wh_to_kitchen`). Both are keyed by the order, so the warehouse reads them in this order.
 */
export function warehouseTransfers(
  order: OrderFacts,
  allocations: Allocation[],
  times: Estimates,
  at: Date,
): WarehouseTransferRequestedData[] {
  const base = {
    orderId: order.orderId,
    restaurantId: order.restaurantId,
    neededBy: times.startCookingAt.toISOString(),
    at: at.toISOString(),
  };
  const fromStore: TransferLineData[] = allocations
    .filter((a) => a.fromStore > 0)
    .map((a) => ({ ingredientId: a.ingredientId, quantity: a.fromStore }));
  const toKitchen: TransferLineData[] = allocations.map((a) => ({
    ingredientId: a.ingredientId,
    quantity: a.fromWarehouse + a.fromStore,
  }));
  return [
    ...(fromStore.length > 0 ? [{ ...base, kind: 'store_to_wh' as const, items: fromStore }] : []),
    ...(toKitchen.length > 0
      ? [{ ...base, kind: 'wh_to_kitchen' as const, items: toKitchen }]
      : []),
  ];
}
