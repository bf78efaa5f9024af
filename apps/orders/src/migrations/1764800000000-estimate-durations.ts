import { MigrationInterface, QueryRunner } from 'typeorm';

/** The durations behind an order's estimates, so kitchen and courier progress can revise them. */
export class EstimateDurations1764800000000 implements MigrationInterface {
  name = 'EstimateDurations1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE orders
        ADD COLUMN preparation_minutes integer CHECK (preparation_minutes >= 0),
        ADD COLUMN travel_minutes integer CHECK (travel_minutes >= 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE orders DROP COLUMN preparation_minutes, DROP COLUMN travel_minutes`);
  }
}
