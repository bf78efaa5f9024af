import { IsEmail, IsISO8601, IsOptional, IsString, IsUUID } from 'class-validator';

/** Never carries a password hash or a session token. */
export class CustomerRegisteredData {
  @IsUUID()
  customerId!: string;

  @IsEmail()
  email!: string;

  @IsString()
  name!: string;

  @IsOptional()
  @IsString()
  phone?: string;

  @IsISO8601()
  at!: string;
}

export class CustomerUpdatedData {
  @IsUUID()
  customerId!: string;

  /** Names of the settings that changed. */
  @IsString({ each: true })
  changed!: string[];

  @IsISO8601()
  at!: string;
}
