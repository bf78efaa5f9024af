import { IsIn, IsInt, Min } from 'class-validator';

/** Money is integer minor units plus an ISO-4217 code; never floats. */
export class Money {
  @IsInt()
  @Min(0)
  amountMinor!: number;

  @IsIn(['USD', 'EUR', 'GBP'])
  currency!: string;
}
