import { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox and the processed-message record; every app that uses messaging runs this. */
export class MessagingTables1764700000000 implements MigrationInterface {
  name = 'MessagingTables1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox_messages (
        seq bigserial PRIMARY KEY,
        topic varchar(200) NOT NULL,
        message_key varchar(200) NOT NULL,
        value jsonb NOT NULL,
        headers jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE processed_messages (
        consumer varchar(100) NOT NULL,
        event_id uuid NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE processed_messages');
    await q.query('DROP TABLE outbox_messages');
  }
}
