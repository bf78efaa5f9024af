import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { BaseEnv } from '@app/platform';
import { OrdersConfig } from './orders-config';

export class OrdersEnv extends BaseEnv {
  /** Load the demo restaurants and menu when the database has none. */
  @IsOptional()
  @IsIn(['true', 'false'])
  DEMO_DATA?: string;

  @IsOptional()
  @IsIn(['USD', 'EUR', 'GBP'])
  CURRENCY?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100000)
  DELIVERY_FEE_MINOR?: number;

  /** Card/QR orders unpaid for this long are cancelled as `payment_expired` (default 900). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(86400)
  PAYMENT_TIMEOUT_SECONDS?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(600000)
  PAYMENT_EXPIRY_CHECK_MS?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(60)
  SCHEDULE_HORIZON_DAYS?: number;

  /** Orders a kitchen works on at once; more queue up and delay estimates. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  KITCHEN_STATIONS?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  COURIER_SPEED_KMH?: number;
}

export function ordersConfigFrom(env: OrdersEnv): OrdersConfig {
  return {
    currency: env.CURRENCY ?? 'USD',
    deliveryFeeMinor: env.DELIVERY_FEE_MINOR ?? 299,
    paymentTimeoutMs: (env.PAYMENT_TIMEOUT_SECONDS ?? 900) * 1000,
    expiryCheckIntervalMs: env.PAYMENT_EXPIRY_CHECK_MS ?? 10_000,
    scheduleHorizonDays: env.SCHEDULE_HORIZON_DAYS ?? 7,
    estimates: {
      minutesPerQueuedOrder: 6,
      kitchenStations: env.KITCHEN_STATIONS ?? 4,
      handoverMinutes: 5,
      courierSpeedKmh: env.COURIER_SPEED_KMH ?? 18,
      fallbackDistanceKm: 3,
    },
  };
}
