import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The gateway's copy of the order events it streams to customers, so a client that reconnects
 * (to this replica or another) can resume after the last sequence number it saw.
 */
export class OrderStreamEvents1764702000000 implements MigrationInterface {
  name = 'OrderStreamEvents1764702000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE order_stream_events (
        seq bigserial PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        customer_id uuid NOT NULL,
        type varchar(100) NOT NULL,
        data jsonb NOT NULL,
        occurred_at timestamptz NOT NULL,
        stored_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      'CREATE INDEX order_stream_events_customer_seq ON order_stream_events (customer_id, seq)',
    );
    await q.query('CREATE INDEX order_stream_events_stored_at ON order_stream_events (stored_at)');
    // Resuming reads "seq > last seen" per customer, which is only gap-free if one customer's
    // rows commit in seq order. The per-customer lock makes nextval and commit one step; it is a
    // function so that the lock is taken before the sequence is drawn, in one round trip.
    await q.query(`
      CREATE FUNCTION append_order_stream_event(
        p_event_id uuid, p_customer_id uuid, p_type varchar, p_data jsonb, p_occurred_at timestamptz
      ) RETURNS bigint LANGUAGE plpgsql AS $$
      DECLARE
        v_seq bigint;
      BEGIN
        PERFORM pg_advisory_xact_lock(1764702000, hashtext(p_customer_id::text));
        INSERT INTO order_stream_events (event_id, customer_id, type, data, occurred_at)
        VALUES (p_event_id, p_customer_id, p_type, p_data, p_occurred_at)
        ON CONFLICT (event_id) DO NOTHING
        RETURNING seq INTO v_seq;
        RETURN v_seq;
      END
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION append_order_stream_event');
    await q.query('DROP TABLE order_stream_events');
  }
}
