import { MigrationInterface, QueryRunner } from 'typeorm';

/** Collections reported before their order.placed reached us; settled when it does. */
export class EarlyCollections1764900000000 implements MigrationInterface {
  name = 'EarlyCollections1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE early_collections (
        order_id uuid PRIMARY KEY,
        method varchar(30) NOT NULL,
        amount_minor integer NOT NULL,
        currency char(3) NOT NULL,
        collected_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE early_collections');
  }
}
