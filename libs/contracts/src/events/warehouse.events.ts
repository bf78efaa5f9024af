import { Type } from 'class-transformer';
import {
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

/**
 * `warehouse.stock.v1` `warehouse.stock_updated`, key ingredientId: what the warehouse can still
 * promise, near the kitchens (`warehouseQuantity`) and in central storage (`storeQuantity`,
 * `restockMinutes` away). A snapshot older than the one we hold is ignored.
 */
export class WarehouseStockUpdatedData {
  @IsString()
  @Length(1, 100)
  ingredientId!: string;

  @IsString()
  @Length(1, 200)
  name!: string;

  @IsIn(['g', 'ml', 'pcs'])
  unit!: 'g' | 'ml' | 'pcs';

  @IsInt()
  @Min(0)
  warehouseQuantity!: number;

  @IsInt()
  @Min(0)
  storeQuantity!: number;

  @IsInt()
  @Min(0)
  @Max(10080)
  restockMinutes!: number;

  @IsISO8601()
  at!: string;
}

export const TRANSFER_KINDS = ['wh_to_kitchen', 'store_to_wh'] as const;
export type TransferKind = (typeof TRANSFER_KINDS)[number];

export class TransferLineData {
  @IsString()
  @Length(1, 100)
  ingredientId!: string;

  @IsInt()
  @Min(1)
  quantity!: number;
}

/**
 * `warehouse.requests.v1` `warehouse.transfer_requested`, key orderId: stock to move for one
 * order. `store_to_wh` refills the warehouse from central storage when it is short; the
 * `wh_to_kitchen` request of the same order then covers everything the kitchen needs.
 */
export class WarehouseTransferRequestedData {
  @IsUUID()
  orderId!: string;

  @IsUUID()
  restaurantId!: string;

  @IsIn(TRANSFER_KINDS)
  kind!: TransferKind;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => TransferLineData)
  items!: TransferLineData[];

  /** When the kitchen needs the ingredients (start of cooking). */
  @IsISO8601()
  neededBy!: string;

  @IsISO8601()
  at!: string;
}

/** `warehouse.requests.v1` `warehouse.transfer_cancelled`, key orderId: drop every request. */
export class WarehouseTransferCancelledData {
  @IsUUID()
  orderId!: string;

  @IsUUID()
  restaurantId!: string;

  @IsString()
  reason!: string;

  @IsISO8601()
  at!: string;
}

/**
 * `warehouse.events.v1` `warehouse.transfer_started`, key orderId: the warehouse began picking
 * an order's ingredients. From then on the order can no longer be cancelled.
 */
export class WarehouseTransferStartedData {
  @IsUUID()
  orderId!: string;

  @IsISO8601()
  at!: string;
}
