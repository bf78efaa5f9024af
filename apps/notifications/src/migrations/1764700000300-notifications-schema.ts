import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationsSchema1764700000300 implements MigrationInterface {
  name = 'NotificationsSchema1764700000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        source_event_id uuid NOT NULL UNIQUE,
        kind varchar(50) NOT NULL,
        title varchar(200) NOT NULL,
        body text NOT NULL,
        order_id uuid,
        created_at timestamptz NOT NULL,
        read_at timestamptz
      )`);
    await q.query(
      'CREATE INDEX notifications_customer_created ON notifications (customer_id, created_at DESC, id DESC)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE notifications');
  }
}
