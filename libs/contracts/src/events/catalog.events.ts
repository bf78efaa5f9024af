import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
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
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  Allergen,
  DIETARY_TAGS,
  DietaryTag,
  EU_ALLERGENS,
  OPTION_GROUP_KINDS,
  OptionGroupKind,
} from './menu.vocabulary';

/** One ingredient of a recipe, in the ingredient's own unit (grams, millilitres, pieces). */
export class RecipeLineData {
  @IsString()
  @Length(1, 100)
  ingredientId!: string;

  /** Negative only in an option's recipe delta (a removed ingredient). */
  @IsInt()
  @Min(-100000)
  @Max(100000)
  quantity!: number;
}

export class MenuOptionData {
  @IsString()
  @Length(1, 100)
  id!: string;

  @IsString()
  @Length(1, 100)
  name!: string;

  /** May be negative (a small size), never making the unit price negative. */
  @IsInt()
  @Min(-100000)
  @Max(100000)
  priceDeltaMinor!: number;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => RecipeLineData)
  recipeDelta!: RecipeLineData[];

  /** Allergens this option adds (extra cheese adds milk). */
  @IsIn(EU_ALLERGENS, { each: true })
  allergens!: Allergen[];

  /** Chosen when the customer picks nothing in a group that requires a choice. */
  @IsBoolean()
  isDefault!: boolean;
}

export class MenuOptionGroupData {
  @IsString()
  @Length(1, 100)
  id!: string;

  @IsString()
  @Length(1, 100)
  name!: string;

  @IsIn(OPTION_GROUP_KINDS)
  kind!: OptionGroupKind;

  @IsInt()
  @Min(0)
  minSelected!: number;

  @IsInt()
  @Min(1)
  maxSelected!: number;

  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MenuOptionData)
  options!: MenuOptionData[];
}

/** Local opening hours ("HH:MM", close may be past midnight) in an IANA time zone. */
export class OpeningHoursData {
  @IsString()
  @Length(1, 60)
  timeZone!: string;

  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/)
  opens!: string;

  @Matches(/^([01]\d|2[0-4]):[0-5]\d$/)
  closes!: string;
}

/** `catalog.v1` `catalog.restaurant_upserted`, key restaurantId: the whole restaurant. */
export class CatalogRestaurantUpsertedData {
  @IsUUID()
  restaurantId!: string;

  @IsString()
  @Length(1, 200)
  name!: string;

  @IsString()
  @Length(1, 300)
  address!: string;

  @IsLatitude()
  lat!: number;

  @IsLongitude()
  lng!: number;

  @ValidateNested()
  @Type(() => OpeningHoursData)
  openingHours!: OpeningHoursData;

  @IsISO8601()
  at!: string;
}

/**
 * `catalog.v1` `catalog.item_upserted`, key restaurantId: the whole item with its recipe and
 * options. Replaces what we have unless ours is newer (`at`), so replays are harmless.
 */
export class CatalogItemUpsertedData {
  @IsUUID()
  itemId!: string;

  @IsUUID()
  restaurantId!: string;

  @IsString()
  @Length(1, 100)
  category!: string;

  @IsString()
  @Length(1, 200)
  name!: string;

  @IsString()
  @MaxLength(2000)
  description!: string;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  imageUrl?: string;

  @IsInt()
  @Min(0)
  priceMinor!: number;

  @IsInt()
  @Min(0)
  @Max(600)
  preparationMinutes!: number;

  @IsIn(DIETARY_TAGS, { each: true })
  dietaryTags!: DietaryTag[];

  @IsIn(EU_ALLERGENS, { each: true })
  allergens!: Allergen[];

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => MenuOptionGroupData)
  optionGroups!: MenuOptionGroupData[];

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => RecipeLineData)
  recipe!: RecipeLineData[];

  /** The restaurant's own switch (sold out for the day); stock is checked separately. */
  @IsBoolean()
  available!: boolean;

  @IsInt()
  @Min(0)
  position!: number;

  @IsISO8601()
  at!: string;
}

/** `catalog.v1` `catalog.item_removed`, key restaurantId. */
export class CatalogItemRemovedData {
  @IsUUID()
  itemId!: string;

  @IsUUID()
  restaurantId!: string;

  @IsISO8601()
  at!: string;
}
