import { MigrationInterface, QueryRunner } from 'typeorm';

export class PaymentsSchema1764700000200 implements MigrationInterface {
  name = 'PaymentsSchema1764700000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE payments (
        id uuid PRIMARY KEY,
        order_id uuid NOT NULL UNIQUE,
        customer_id uuid NOT NULL,
        method varchar(30) NOT NULL,
        amount_minor integer NOT NULL CHECK (amount_minor >= 0),
        currency char(3) NOT NULL,
        status varchar(30) NOT NULL,
        created_at timestamptz NOT NULL,
        settled_at timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE payments');
  }
}
