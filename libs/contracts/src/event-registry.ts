import {
  CatalogItemRemovedData,
  CatalogItemUpsertedData,
  CatalogRestaurantUpsertedData,
} from './events/catalog.events';
import { CustomerRegisteredData, CustomerUpdatedData } from './events/customer.events';
import {
  KitchenOrderCancelledData,
  KitchenOrderRequestedData,
} from './events/kitchen-orders.events';
import {
  OrderCancelledData,
  OrderCourierLocationData,
  OrderEstimatesChangedData,
  OrderPlacedData,
  OrderRatedData,
  OrderStatusChangedData,
  OrderUpdatedData,
} from './events/order.events';
import { PaymentOutcomeData } from './events/payment.events';
import {
  CourierLocationData,
  CourierPaymentCollectedData,
  CourierProgressData,
  KitchenProgressData,
} from './events/platform.events';
import { Topic } from './topics';
import {
  WarehouseStockUpdatedData,
  WarehouseTransferCancelledData,
  WarehouseTransferRequestedData,
  WarehouseTransferStartedData,
} from './events/warehouse.events';

/**
 * Every event type on the platform: its topic and its payload class. Producers are
 * type-checked through `EventData<T>`; consumers validate what arrives against `payload`.
 * Do not rename a type: a breaking change is a new type.
 */
export const EVENTS = {
  'customer.registered': { topic: Topic.Customers, payload: CustomerRegisteredData },
  'customer.updated': { topic: Topic.Customers, payload: CustomerUpdatedData },
  'order.placed': { topic: Topic.Orders, payload: OrderPlacedData },
  'order.status_changed': { topic: Topic.Orders, payload: OrderStatusChangedData },
  'order.cancelled': { topic: Topic.Orders, payload: OrderCancelledData },
  'order.rated': { topic: Topic.Orders, payload: OrderRatedData },
  'order.courier_location': { topic: Topic.Orders, payload: OrderCourierLocationData },
  'order.estimates_changed': { topic: Topic.Orders, payload: OrderEstimatesChangedData },
  'order.updated': { topic: Topic.Orders, payload: OrderUpdatedData },
  'payment.succeeded': { topic: Topic.Payments, payload: PaymentOutcomeData },
  'payment.failed': { topic: Topic.Payments, payload: PaymentOutcomeData },
  'payment.refunded': { topic: Topic.Payments, payload: PaymentOutcomeData },
  'kitchen.cooking_started': { topic: Topic.KitchenEvents, payload: KitchenProgressData },
  'kitchen.ready': { topic: Topic.KitchenEvents, payload: KitchenProgressData },
  'courier.picked_up': { topic: Topic.CourierEvents, payload: CourierProgressData },
  'courier.delivered': { topic: Topic.CourierEvents, payload: CourierProgressData },
  'courier.location': { topic: Topic.CourierEvents, payload: CourierLocationData },
  'courier.payment_collected': {
    topic: Topic.CourierEvents,
    payload: CourierPaymentCollectedData,
  },
  'kitchen.order_requested': { topic: Topic.KitchenOrders, payload: KitchenOrderRequestedData },
  'kitchen.order_cancelled': { topic: Topic.KitchenOrders, payload: KitchenOrderCancelledData },
  'warehouse.transfer_requested': {
    topic: Topic.WarehouseRequests,
    payload: WarehouseTransferRequestedData,
  },
  'warehouse.transfer_cancelled': {
    topic: Topic.WarehouseRequests,
    payload: WarehouseTransferCancelledData,
  },
  'warehouse.transfer_started': {
    topic: Topic.WarehouseEvents,
    payload: WarehouseTransferStartedData,
  },
  'warehouse.stock_updated': { topic: Topic.WarehouseStock, payload: WarehouseStockUpdatedData },
  'catalog.restaurant_upserted': {
    topic: Topic.Catalog,
    payload: CatalogRestaurantUpsertedData,
  },
  'catalog.item_upserted': { topic: Topic.Catalog, payload: CatalogItemUpsertedData },
  'catalog.item_removed': { topic: Topic.Catalog, payload: CatalogItemRemovedData },
} as const;

export type EventType = keyof typeof EVENTS;
export type EventData<T extends EventType> = InstanceType<(typeof EVENTS)[T]['payload']>;

/** The event types that may appear on one topic. */
export type EventTypeOn<TopicName extends string> = {
  [K in EventType]: (typeof EVENTS)[K]['topic'] extends TopicName ? K : never;
}[EventType];

export const isEventType = (type: unknown): type is EventType =>
  typeof type === 'string' && Object.prototype.hasOwnProperty.call(EVENTS, type);
