import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

export const ORDER_STATUSES = [
  'pending_payment',
  'processing',
  'cooking',
  'in_delivery',
  'delivered',
  'cancelled',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const PAYMENT_METHODS = ['card', 'qr', 'cash', 'card_on_delivery'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export class OrderPlacedLine {
  @IsUUID()
  menuItemId!: string;

  @IsString()
  name!: string;

  @IsInt()
  @Min(1)
  quantity!: number;

  @IsInt()
  @Min(0)
  unitPriceMinor!: number;

  @IsInt()
  @Min(0)
  lineTotalMinor!: number;
}

export class OrderPlacedData {
  @IsUUID()
  orderId!: string;

  @IsUUID()
  customerId!: string;

  @IsUUID()
  restaurantId!: string;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => OrderPlacedLine)
  items!: OrderPlacedLine[];

  @IsInt()
  @Min(0)
  subtotalMinor!: number;

  @IsInt()
  @Min(0)
  deliveryFeeMinor!: number;

  @IsInt()
  @Min(0)
  tipMinor!: number;

  @IsInt()
  @Min(0)
  totalMinor!: number;

  @IsString()
  currency!: string;

  @IsIn(PAYMENT_METHODS)
  paymentMethod!: PaymentMethod;

  @IsIn(ORDER_STATUSES)
  status!: OrderStatus;

  @IsISO8601()
  placedAt!: string;

  /** Absent on events written before estimates existed. */
  @IsOptional()
  @IsISO8601()
  estimatedReadyAt?: string;

  @IsOptional()
  @IsISO8601()
  estimatedDeliveryAt?: string;

  @IsOptional()
  @IsISO8601()
  deliverAt?: string;
}

export class OrderStatusChangedData {
  @IsUUID()
  orderId!: string;

  @IsUUID()
  customerId!: string;

  @IsIn(ORDER_STATUSES)
  from!: OrderStatus;

  @IsIn(ORDER_STATUSES)
  to!: OrderStatus;

  @IsISO8601()
  at!: string;
}

export const CANCEL_REASONS = [
  'customer',
  'payment_failed',
  'payment_expired',
  'rejected',
] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];

/** Payments refunds an online payment of the order in full when it sees this. */
export class OrderCancelledData {
  @IsUUID()
  orderId!: string;

  @IsUUID()
  customerId!: string;

  @IsIn(CANCEL_REASONS)
  reason!: CancelReason;

  @IsIn(ORDER_STATUSES)
  from!: OrderStatus;

  @IsISO8601()
  at!: string;

  /** The customer's own words, when they gave a reason. */
  @IsOptional()
  @IsString()
  note?: string;

  @IsOptional()
  @IsIn(PAYMENT_METHODS)
  paymentMethod?: PaymentMethod;

  @IsOptional()
  @IsInt()
  @Min(0)
  totalMinor?: number;

  @IsOptional()
  @IsString()
  currency?: string;
}

export class OrderRatedData {
  @IsUUID()
  orderId!: string;

  @IsUUID()
  customerId!: string;

  @IsUUID()
  restaurantId!: string;

  @IsInt()
  @Min(1)
  @Max(5)
  stars!: number;

  @IsOptional()
  @IsString()
  comment?: string;

  @IsBoolean()
  lowRating!: boolean;

  @IsISO8601()
  at!: string;
}

/**
 * The courier's position while an order is in delivery, republished for the customer: the
 * platform's `courier.location` is keyed by order only, this one carries the customer.
 */
export class OrderCourierLocationData {
  @IsUUID()
  orderId!: string;

  @IsUUID()
  customerId!: string;

  @IsLatitude()
  lat!: number;

  @IsLongitude()
  lng!: number;

  @IsISO8601()
  at!: string;
}

/** The milestones that revise an order's estimates. */
export const ESTIMATE_REVISION_REASONS = ['cooking_started', 'ready', 'picked_up'] as const;
export type EstimateRevisionReason = (typeof ESTIMATE_REVISION_REASONS)[number];

/**
 * New estimates once the kitchen or the courier has reported progress; `reason` is the
 * milestone that moved them. Published only when a time moved by a minute or more.
 */
export class OrderEstimatesChangedData {
  @IsUUID()
  orderId!: string;

  @IsUUID()
  customerId!: string;

  @IsISO8601()
  estimatedReadyAt!: string;

  @IsISO8601()
  estimatedDeliveryAt!: string;

  @IsIn(ESTIMATE_REVISION_REASONS)
  reason!: EstimateRevisionReason;

  @IsISO8601()
  at!: string;
}

/** The parts of an order view an `order.updated` names; nothing else changes without an event. */
export const ORDER_VIEW_PARTS = ['statusHistory', 'cancellable'] as const;
export type OrderViewPart = (typeof ORDER_VIEW_PARTS)[number];

/**
 * Something the customer sees on the order changed without a status change: a milestone such
 * as `ready` joined the history, or the warehouse started (the order can no longer be
 * cancelled). A cue to read the order again; it names what changed, never the values.
 */
export class OrderUpdatedData {
  @IsUUID()
  orderId!: string;

  @IsUUID()
  customerId!: string;

  @IsArray()
  @IsIn(ORDER_VIEW_PARTS, { each: true })
  changed!: OrderViewPart[];

  @IsISO8601()
  at!: string;
}
