import { CustomerRegisteredData, CustomerUpdatedData } from './events/customer.events';
import {
  OrderCancelledData,
  OrderCourierLocationData,
  OrderPlacedData,
  OrderRatedData,
  OrderStatusChangedData,
} from './events/order.events';
import { PaymentOutcomeData } from './events/payment.events';
import {
  CourierLocationData,
  CourierPaymentCollectedData,
  CourierProgressData,
  KitchenProgressData,
} from './events/platform.events';
import { Topic } from './topics';

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
} as const;

export type EventType = keyof typeof EVENTS;
export type EventData<T extends EventType> = InstanceType<(typeof EVENTS)[T]['payload']>;

/** The event types that may appear on one topic. */
export type EventTypeOn<TopicName extends string> = {
  [K in EventType]: (typeof EVENTS)[K]['topic'] extends TopicName ? K : never;
}[EventType];

export const isEventType = (type: unknown): type is EventType =>
  typeof type === 'string' && Object.prototype.hasOwnProperty.call(EVENTS, type);
