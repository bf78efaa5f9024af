import { EstimateRules } from './orders/domain/estimates';

/** Values from the environment that business code needs. */
export interface OrdersConfig {
  currency: string;
  deliveryFeeMinor: number;
  /** How long a card/QR order waits for its payment before it expires. */
  paymentTimeoutMs: number;
  /** How often unpaid orders are checked for expiry. */
  expiryCheckIntervalMs: number;
  /** How far ahead `deliverAt` may be. */
  scheduleHorizonDays: number;
  estimates: EstimateRules;
}

export const ORDERS_CONFIG = Symbol('ORDERS_CONFIG');
