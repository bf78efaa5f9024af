import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
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
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DIETARY_TAGS, EU_ALLERGENS } from '../events/menu.vocabulary';
import {
  ORDER_STATUSES,
  OrderStatus,
  PAYMENT_METHODS,
  PaymentMethod,
} from '../events/order.events';
import { CommaList, PageQuery } from './page';

/** The written part of an address; where it is on the map is up to each use. */
export class PostalAddress {
  @IsString()
  @Length(1, 200)
  line1!: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  line2?: string;

  @IsString()
  @Length(1, 100)
  city!: string;

  @IsOptional()
  @IsString()
  @MaxLength(20)
  postcode?: string;
}

export class DeliveryAddress extends PostalAddress {
  @IsOptional()
  @IsLatitude()
  lat?: number;

  @IsOptional()
  @IsLongitude()
  lng?: number;
}

export class OrderLineRequest {
  @IsUUID()
  menuItemId!: string;

  @IsInt()
  @Min(1)
  @Max(50)
  quantity!: number;

  /** Option ids from the item's option groups (size, extras, removed ingredients). */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  options?: string[];

  @IsOptional()
  @IsString()
  @MaxLength(300)
  note?: string;
}

/** `POST /v1/orders` body; also the payload the orders service validates again. */
export class PlaceOrderRequest {
  @IsUUID()
  restaurantId!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => OrderLineRequest)
  items!: OrderLineRequest[];

  @IsOptional()
  @IsString()
  @MaxLength(500)
  specialRequests?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => DeliveryAddress)
  deliveryAddress?: DeliveryAddress;

  @IsOptional()
  @IsBoolean()
  useDefaultAddress?: boolean;

  @IsOptional()
  @IsISO8601({ strict: true })
  deliverAt?: string;

  @IsIn(PAYMENT_METHODS)
  paymentMethod!: PaymentMethod;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  tipMinor?: number;

  @IsOptional()
  @IsBoolean()
  acceptDietaryConflicts?: boolean;
}

/** The customer's settings that placing an order checks, as the gateway knows them. */
export class DietProfile {
  @IsArray()
  @IsString({ each: true })
  dietaryRestrictions!: string[];

  @IsArray()
  @IsString({ each: true })
  allergensToAvoid!: string[];
}

/**
 * What the gateway sends to orders: the body (with the default address already resolved) plus
 * what only the gateway knows.
 */
export interface PlaceOrderCommand {
  idempotencyKey: string;
  order: PlaceOrderRequest;
  diet?: DietProfile;
}

/** Menu filters: the gateway reads them from the query string, orders checks them again. */
export class MenuFilter {
  @IsOptional()
  @CommaList()
  @IsArray()
  @IsIn(DIETARY_TAGS, { each: true })
  diet?: string[];

  @IsOptional()
  @CommaList()
  @IsArray()
  @IsIn(EU_ALLERGENS, { each: true })
  excludeAllergens?: string[];

  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export interface GetMenuItemQuery {
  itemId: string;
}

/** Order history filters (`GET /v1/orders`), checked by the gateway and again by orders. */
export class ListOrdersQuery extends PageQuery {
  @IsOptional()
  @CommaList()
  @IsArray()
  @IsIn(ORDER_STATUSES, { each: true })
  status?: OrderStatus[];

  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

export interface CancelOrderCommand {
  orderId: string;
  reason?: string;
}

export interface GetOrderQuery {
  orderId: string;
}

export class GetMenuQuery extends MenuFilter {
  @IsUUID()
  restaurantId!: string;
}

export interface MoneyView {
  amountMinor: number;
  currency: string;
}

export interface RestaurantView {
  id: string;
  name: string;
  address: string;
  lat: number;
  lng: number;
  ratingAverage: number | null;
  ratingCount: number;
  /** Local "HH:MM" times in an IANA zone; `closes` earlier than `opens` is after midnight. */
  openingHours: { timeZone: string; opens: string; closes: string };
  /** Whether an order for as soon as possible is accepted right now. */
  openNow: boolean;
}

export interface MenuItemView {
  id: string;
  restaurantId: string;
  category: string;
  name: string;
  description: string;
  price: MoneyView;
  available: boolean;
  preparationMinutes: number;
  dietaryTags: string[];
  allergens: string[];
  imageUrl: string | null;
  optionGroups: OptionGroupView[];
}

export interface OptionGroupView {
  id: string;
  name: string;
  kind: string;
  minSelected: number;
  maxSelected: number;
  options: {
    id: string;
    name: string;
    priceDelta: MoneyView;
    allergens: string[];
    isDefault: boolean;
  }[];
}

export interface MenuView {
  restaurant: RestaurantView;
  categories: { name: string; items: MenuItemView[] }[];
}

export interface OrderLineView {
  menuItemId: string;
  name: string;
  quantity: number;
  unitPrice: MoneyView;
  lineTotal: MoneyView;
  options: { groupId: string; optionId: string; name: string; priceDelta: MoneyView }[];
  note: string | null;
}

export interface OrderView {
  id: string;
  customerId: string;
  restaurantId: string;
  status: OrderStatus;
  paymentMethod: PaymentMethod;
  items: OrderLineView[];
  subtotal: MoneyView;
  deliveryFee: MoneyView;
  tip: MoneyView;
  total: MoneyView;
  deliveryAddress: DeliveryAddress;
  specialRequests: string | null;
  deliverAt: string | null;
  placedAt: string;
  statusHistory: { milestone: string; status: OrderStatus; at: string }[];
  courierLocation: { lat: number; lng: number; at: string } | null;
  estimatedReadyAt: string | null;
  estimatedDeliveryAt: string | null;
  /** Until when an online payment is awaited (pending_payment only). */
  paymentDueAt: string | null;
  cancelReason: string | null;
  cancellable: boolean;
}

/** One row of the order history list. */
export interface OrderSummaryView {
  id: string;
  restaurantId: string;
  status: OrderStatus;
  total: MoneyView;
  itemCount: number;
  placedAt: string;
  deliverAt: string | null;
  estimatedDeliveryAt: string | null;
}
