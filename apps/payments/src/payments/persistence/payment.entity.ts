import { Column, Entity, PrimaryColumn } from 'typeorm';
import { PaymentMethod } from '@app/contracts';

export type PaymentStatus =
  'awaiting_collection' | 'requires_payment' | 'succeeded' | 'failed' | 'refunded';

/** One payment per order: what is owed, how it is paid and where it stands. */
@Entity({ name: 'payments' })
export class Payment {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'order_id', type: 'uuid', unique: true })
  orderId!: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @Column({ type: 'varchar', length: 30 })
  method!: PaymentMethod;

  @Column({ name: 'amount_minor', type: 'integer' })
  amountMinor!: number;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'varchar', length: 30 })
  status!: PaymentStatus;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'settled_at', type: 'timestamptz', nullable: true })
  settledAt!: Date | null;
}
