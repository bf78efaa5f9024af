import { Transform } from 'class-transformer';
import { IsEmail, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { E164, normaliseEmail, normalisePhone } from '../domain/identity';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../password-policy';

type Raw = { value: unknown };
export const trim = ({ value }: Raw) => (typeof value === 'string' ? value.trim() : value);
export const asEmail = ({ value }: Raw) =>
  typeof value === 'string' ? normaliseEmail(value) : value;
export const asPhone = ({ value }: Raw) =>
  typeof value === 'string' ? normalisePhone(value) : value;

export const PHONE_MESSAGE = 'phone must be in E.164 format, e.g. +4915112345678';

export class SignUpDto {
  @Transform(asEmail)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email!: string;

  @IsString()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, {
    message: `password must be between ${PASSWORD_MIN_LENGTH} and ${PASSWORD_MAX_LENGTH} characters`,
  })
  password!: string;

  @Transform(trim)
  @IsString()
  @Length(1, 100)
  name!: string;

  @IsOptional()
  @Transform(asPhone)
  @IsString()
  @Matches(E164, { message: PHONE_MESSAGE })
  phone?: string;
}

export class SignInDto {
  @Transform(asEmail)
  @IsString()
  @MaxLength(254)
  email!: string;

  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}
