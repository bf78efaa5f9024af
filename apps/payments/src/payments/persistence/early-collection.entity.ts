import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CollectionMethod } from '../use-cases/settle-collection.use-case';

/**
 * A courier's `payment_collected` that arrived before the order's `order.placed`: the two come
 * on different topics, so either may be first. Kept until the payment is opened.
 */
@Entity({ name: 'early_collections' })
export class EarlyCollection {
  @PrimaryColumn({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column({ type: 'varchar', length: 30 })
  method!: CollectionMethod;

  @Column({ name: 'amount_minor', type: 'integer' })
  amountMinor!: number;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ name: 'collected_at', type: 'timestamptz' })
  collectedAt!: Date;
}
