import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  Allergen,
  DIETARY_TAGS,
  DietaryTag,
  EU_ALLERGENS,
  PAYMENT_METHODS,
  PaymentMethod,
  PostalAddress,
} from '@app/contracts';
import { E164 } from '../domain/identity';
import { CONTACT_CHANNELS, ContactChannel } from '../domain/settings-vocabulary';
import { asPhone, PHONE_MESSAGE, trim } from './sign-up.dto';

/** Present and not null: `null` clears the optional settings, but not these. */
const Given = () => ValidateIf((_: object, value: unknown) => value !== undefined);

/** A default delivery address needs coordinates, so delivery estimates work without geocoding. */
export class DefaultAddressDto extends PostalAddress {
  @IsLatitude()
  lat!: number;

  @IsLongitude()
  lng!: number;
}

export class NotificationPreferencesDto {
  @IsOptional()
  @IsBoolean()
  orderUpdates?: boolean;

  @IsOptional()
  @IsBoolean()
  promotions?: boolean;

  @IsOptional()
  @IsBoolean()
  push?: boolean;

  @IsOptional()
  @IsBoolean()
  email?: boolean;

  @IsOptional()
  @IsBoolean()
  sms?: boolean;
}

/** PATCH semantics: absent fields stay as they are; `null` clears an optional one. */
export class UpdateMeDto {
  @Given()
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  name?: string;

  @IsOptional()
  @Transform(asPhone)
  @IsString()
  @Matches(E164, { message: PHONE_MESSAGE })
  phone?: string | null;

  @IsOptional()
  @IsIn(CONTACT_CHANNELS)
  preferredContactChannel?: ContactChannel | null;

  @IsOptional()
  @IsIn(PAYMENT_METHODS)
  preferredPaymentMethod?: PaymentMethod | null;

  @IsOptional()
  @ValidateNested()
  @Type(() => DefaultAddressDto)
  defaultAddress?: DefaultAddressDto | null;

  @Given()
  @IsArray()
  @ArrayMaxSize(DIETARY_TAGS.length)
  @ArrayUnique()
  @IsIn(DIETARY_TAGS, { each: true })
  dietaryRestrictions?: DietaryTag[];

  @Given()
  @IsArray()
  @ArrayMaxSize(EU_ALLERGENS.length)
  @ArrayUnique()
  @IsIn(EU_ALLERGENS, { each: true })
  allergensToAvoid?: Allergen[];

  @Given()
  @ValidateNested()
  @Type(() => NotificationPreferencesDto)
  notificationPreferences?: NotificationPreferencesDto;
}

export class ChangePasswordDto {
  @IsString()
  @MaxLength(128)
  currentPassword!: string;

  @IsString()
  @MaxLength(128)
  newPassword!: string;
}
