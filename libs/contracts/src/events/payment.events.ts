import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Min } from 'class-validator';
import { PAYMENT_METHODS, PaymentMethod } from './order.events';

export class PaymentOutcomeData {
  @IsUUID()
  paymentId!: string;

  @IsUUID()
  orderId!: string;

  @IsUUID()
  customerId!: string;

  @IsIn(PAYMENT_METHODS)
  method!: PaymentMethod;

  @IsInt()
  @Min(0)
  amountMinor!: number;

  @IsString()
  currency!: string;

  @IsOptional()
  @IsString()
  failureReason?: string;

  @IsISO8601()
  at!: string;
}
