import {
  IsIn,
  IsInt,
  IsISO8601,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  IsUUID,
  Min,
} from 'class-validator';

/** `kitchen.events.v1`: `kitchen.cooking_started`, `kitchen.ready`. */
export class KitchenProgressData {
  @IsUUID()
  orderId!: string;

  @IsISO8601()
  at!: string;
}

/** `courier.events.v1`: `courier.picked_up`, `courier.delivered`. */
export class CourierProgressData {
  @IsUUID()
  orderId!: string;

  @IsISO8601()
  at!: string;

  @IsOptional()
  @IsString()
  courierId?: string;
}

/** `courier.events.v1`: `courier.location`. */
export class CourierLocationData {
  @IsUUID()
  orderId!: string;

  @IsISO8601()
  at!: string;

  @IsLatitude()
  lat!: number;

  @IsLongitude()
  lng!: number;
}

/** `courier.events.v1`: `courier.payment_collected`. */
export class CourierPaymentCollectedData {
  @IsUUID()
  orderId!: string;

  @IsISO8601()
  at!: string;

  @IsInt()
  @Min(0)
  amountMinor!: number;

  @IsString()
  currency!: string;

  @IsIn(['cash', 'card_on_delivery'])
  method!: 'cash' | 'card_on_delivery';
}
