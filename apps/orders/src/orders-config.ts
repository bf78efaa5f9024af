/** Values from the environment that business code needs. */
export interface OrdersConfig {
  currency: string;
  deliveryFeeMinor: number;
}

export const ORDERS_CONFIG = Symbol('ORDERS_CONFIG');
