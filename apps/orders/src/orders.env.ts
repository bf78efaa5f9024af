import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { BaseEnv } from '@app/platform';

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
}
