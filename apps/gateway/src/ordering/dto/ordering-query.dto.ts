import { Transform, Type } from 'class-transformer';
import {
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { DIETARY_TAGS, EU_ALLERGENS, ORDER_STATUSES, OrderStatus } from '@app/contracts';

/** `?diet=vegan,gluten_free` (or the parameter repeated) becomes a list. */
const CommaList = () =>
  Transform(({ value }: { value: unknown }) =>
    (Array.isArray(value) ? value : [value])
      .flatMap((v) => String(v).split(','))
      .map((v) => v.trim())
      .filter((v) => v.length > 0),
  );

export class MenuQueryDto {
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

export class ListOrdersQueryDto {
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

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}

export class CancelOrderDto {
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
