import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Min,
  ValidateNested,
} from 'class-validator';

export class KitchenOrderLineData {
  @IsUUID()
  menuItemId!: string;

  @IsString()
  name!: string;

  @IsInt()
  @Min(1)
  quantity!: number;

  /** Option names as the cook reads them ("Large", "No onions", "Extra cheese"). */
  @IsString({ each: true })
  options!: string[];

  @IsOptional()
  @IsString()
  note?: string;
}

/**
 * `kitchen.orders.v1` `kitchen.order_requested`, key orderId: what to cook and when. An order
 * still waiting for an online payment arrives with `paymentPending: true` so the kitchen can
 * plan but must not start it before `order.status_changed` to `processing` on `orders.v1`.
 */
export class KitchenOrderRequestedData {
  @IsUUID()
  orderId!: string;

  @IsUUID()
  restaurantId!: string;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => KitchenOrderLineData)
  items!: KitchenOrderLineData[];

  @IsOptional()
  @IsString()
  specialRequests?: string;

  @IsBoolean()
  paymentPending!: boolean;

  /** Waiting for a `store_to_wh` transfer before cooking can start. */
  @IsBoolean()
  waitingForRestock!: boolean;

  @IsISO8601()
  startCookingAt!: string;

  @IsISO8601()
  readyBy!: string;

  @IsISO8601()
  at!: string;
}

/** `kitchen.orders.v1` `kitchen.order_cancelled`, key orderId. */
export class KitchenOrderCancelledData {
  @IsUUID()
  orderId!: string;

  @IsUUID()
  restaurantId!: string;

  @IsString()
  reason!: string;

  @IsISO8601()
  at!: string;
}
