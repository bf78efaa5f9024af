import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity({ name: 'notifications' })
@Index(['customerId', 'createdAt'])
export class Notification {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  /** The event that caused it: one notification per event, however often it is delivered. */
  @Column({ name: 'source_event_id', type: 'uuid', unique: true })
  sourceEventId!: string;

  @Column({ type: 'varchar', length: 50 })
  kind!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
