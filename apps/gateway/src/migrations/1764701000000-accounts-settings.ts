import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Customer settings, session listing and sign-in throttling. Settings live as columns of
 * `customers` so the ordering path reads them with one primary-key lookup.
 */
export class AccountsSettings1764701000000 implements MigrationInterface {
  name = 'AccountsSettings1764701000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE customers
        ADD COLUMN preferred_contact_channel varchar(20),
        ADD COLUMN preferred_payment_method varchar(30),
        ADD COLUMN default_address jsonb,
        ADD COLUMN dietary_restrictions text[] NOT NULL DEFAULT '{}',
        ADD COLUMN allergens_to_avoid text[] NOT NULL DEFAULT '{}',
        ADD COLUMN notification_preferences jsonb NOT NULL DEFAULT '{}'`);
    // Emails are stored lower-cased; this makes the database refuse anything else too.
    await q.query(
      `ALTER TABLE customers ADD CONSTRAINT customers_email_lower CHECK (email = lower(email))`,
    );
    // Listing a customer's active sessions, newest first.
    await q.query('DROP INDEX IF EXISTS sessions_customer');
    await q.query(
      'CREATE INDEX sessions_customer_created ON sessions (customer_id, created_at DESC, id)',
    );
    // Fixed-window counters shared by every gateway replica.
    await q.query(`
      CREATE TABLE auth_throttle (
        key varchar(400) PRIMARY KEY,
        expires_at timestamptz NOT NULL,
        count integer NOT NULL
      )`);
    await q.query('CREATE INDEX auth_throttle_expires ON auth_throttle (expires_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE auth_throttle');
    await q.query('DROP INDEX sessions_customer_created');
    await q.query('CREATE INDEX sessions_customer ON sessions (customer_id)');
    await q.query('ALTER TABLE customers DROP CONSTRAINT customers_email_lower');
    await q.query(`
      ALTER TABLE customers
        DROP COLUMN preferred_contact_channel,
        DROP COLUMN preferred_payment_method,
        DROP COLUMN default_address,
        DROP COLUMN dietary_restrictions,
        DROP COLUMN allergens_to_avoid,
        DROP COLUMN notification_preferences`);
  }
}
