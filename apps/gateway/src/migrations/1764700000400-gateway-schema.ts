import { MigrationInterface, QueryRunner } from 'typeorm';

export class GatewaySchema1764700000400 implements MigrationInterface {
  name = 'GatewaySchema1764700000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE customers (
        id uuid PRIMARY KEY,
        email varchar(254) NOT NULL UNIQUE,
        password_hash varchar(200) NOT NULL,
        name varchar(100) NOT NULL,
        phone varchar(20),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL,
        last_used_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        user_agent varchar(300),
        ip varchar(60)
      )`);
    await q.query('CREATE INDEX sessions_customer ON sessions (customer_id)');
    await q.query(`
      CREATE TABLE idempotency_records (
        customer_id uuid NOT NULL,
        key varchar(200) NOT NULL,
        scope varchar(100) NOT NULL,
        request_hash char(64) NOT NULL,
        response_status integer,
        response_body text,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (customer_id, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE idempotency_records');
    await q.query('DROP TABLE sessions');
    await q.query('DROP TABLE customers');
  }
}
