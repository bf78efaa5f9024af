import { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox keeps the serialised CloudEvent as text, so the published bytes are exactly it. */
export class OutboxValueAsText1764703000000 implements MigrationInterface {
  name = 'OutboxValueAsText1764703000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE outbox_messages ALTER COLUMN value TYPE text USING value::text');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE outbox_messages ALTER COLUMN value TYPE jsonb USING value::jsonb');
  }
}
