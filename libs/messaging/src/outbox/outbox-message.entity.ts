import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An event committed with the business row that caused it, waiting for the relay. */
@Entity({ name: 'outbox_messages' })
export class OutboxMessage {
  /** Insertion order; the relay publishes in this order, so events of one key stay in order. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  seq!: string;

  @Column({ type: 'varchar', length: 200 })
  topic!: string;

  @Column({ name: 'message_key', type: 'varchar', length: 200 })
  key!: string;

  /** The serialised CloudEvent, kept as text so the published bytes are exactly these. */
  @Column({ type: 'text' })
  value!: string;

  @Column({ type: 'jsonb', default: {} })
  headers!: Record<string, string>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
