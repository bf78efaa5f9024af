/**
 * Kafka topic names. These are the contract with the rest of the platform: do not rename.
 * A breaking change to a payload is a new versioned topic or event type, never an edit here.
 */
export const Topic = {
  /** We write: customer lifecycle, key customerId. */
  Customers: 'customers.v1',
  /** We write: order lifecycle, key orderId. */
  Orders: 'orders.v1',
  /** We write: payment outcomes, key orderId. */
  Payments: 'payments.v1',
  /** We write: what the kitchen must cook, key orderId. */
  KitchenOrders: 'kitchen.orders.v1',
  /** We write: stock movements the warehouse must make, key orderId. */
  WarehouseRequests: 'warehouse.requests.v1',
  /** The platform writes: kitchen progress, key orderId. */
  KitchenEvents: 'kitchen.events.v1',
  /** The platform writes: courier progress, key orderId. */
  CourierEvents: 'courier.events.v1',
  /** The platform writes: menu and recipe updates, key restaurantId. */
  Catalog: 'catalog.v1',
  /** The platform writes: stock levels, key ingredientId. */
  WarehouseStock: 'warehouse.stock.v1',
  /** The platform writes: warehouse progress on our requests, key orderId. */
  WarehouseEvents: 'warehouse.events.v1',
} as const;
export type Topic = (typeof Topic)[keyof typeof Topic];

/** Where a consumer parks what it cannot parse, validate or apply. */
export const dlqOf = (topic: string): string => `${topic}.dlq`;

/**
 * Internal request-reply patterns between our own apps (not part of the platform contract).
 * Each is a Kafka topic; the NestJS transport answers on `<pattern>.reply`.
 */
export const RpcPattern = {
  OrdersListRestaurants: 'rpc.orders.list-restaurants',
  OrdersGetMenu: 'rpc.orders.get-menu',
  OrdersPlaceOrder: 'rpc.orders.place-order',
  OrdersGetOrder: 'rpc.orders.get-order',
  OrdersGetMenuItem: 'rpc.orders.get-menu-item',
  OrdersListOrders: 'rpc.orders.list-orders',
  OrdersListPending: 'rpc.orders.list-pending',
  OrdersCancelOrder: 'rpc.orders.cancel-order',
  NotificationsList: 'rpc.notifications.list',
} as const;
export type RpcPattern = (typeof RpcPattern)[keyof typeof RpcPattern];

export const replyOf = (pattern: string): string => `${pattern}.reply`;

export interface TopicSpec {
  name: string;
  partitions: number;
  /**
   * Partitions may be added to the existing topic. Only where nothing relies on a key staying
   * on its partition (request-reply); adding partitions to an event topic would reorder keys.
   */
  growable?: boolean;
}

/** Partition counts. Reply topics need at least as many partitions as gateway replicas. */
export const PARTITIONS = { event: 6, dlq: 1, rpc: 12, reply: 6 } as const;

/** The topics the platform writes and our apps consume (each gets a `.dlq`). */
export const CONSUMED_TOPICS: readonly string[] = [
  Topic.Customers,
  Topic.Orders,
  Topic.Payments,
  Topic.KitchenEvents,
  Topic.CourierEvents,
  Topic.Catalog,
  Topic.WarehouseStock,
  Topic.WarehouseEvents,
];

/** Every topic the project needs, with explicit partition counts (no broker auto-creation). */
export function allTopicSpecs(): TopicSpec[] {
  const events = Object.values(Topic).map((name) => ({ name, partitions: PARTITIONS.event }));
  const dlqs = CONSUMED_TOPICS.map((t) => ({ name: dlqOf(t), partitions: PARTITIONS.dlq }));
  const rpc = Object.values(RpcPattern).flatMap((p) => [
    { name: p, partitions: PARTITIONS.rpc, growable: true },
    { name: replyOf(p), partitions: PARTITIONS.reply, growable: true },
  ]);
  return [...events, ...dlqs, ...rpc];
}
