import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The first response to an Idempotency-Key, replayed for 24 h to retries with the same body. */
@Entity({ name: 'idempotency_records' })
export class IdempotencyRecord {
  @PrimaryColumn({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @PrimaryColumn({ type: 'varchar', length: 200 })
  key!: string;

  /** Which endpoint the key was used on, so one key cannot replay another endpoint's answer. */
  @Column({ type: 'varchar', length: 100 })
  scope!: string;

  @Column({ name: 'request_hash', type: 'char', length: 64 })
  requestHash!: string;

  @Column({ name: 'response_status', type: 'integer', nullable: true })
  responseStatus!: number | null;

  /** Kept as text so a replay sends the first response's fields in the same order. */
  @Column({ name: 'response_body', type: 'text', nullable: true })
  responseBody!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
