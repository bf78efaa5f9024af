import { MigrationInterface, QueryRunner } from 'typeorm';

/** Options, recipes, stock and reservations; estimates, payment deadline and cancellation. */
export class Ordering1764701000000 implements MigrationInterface {
  name = 'Ordering1764701000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE restaurants
        ADD COLUMN opening_hours jsonb NOT NULL
          DEFAULT '{"timeZone":"UTC","opens":"00:00","closes":"24:00"}',
        ADD COLUMN catalog_at timestamptz`);
    await q.query(`
      ALTER TABLE menu_items
        ADD COLUMN image_url text,
        ADD COLUMN option_groups jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN recipe jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN removed boolean NOT NULL DEFAULT false,
        ADD COLUMN catalog_at timestamptz`);
    await q.query(`
      CREATE TABLE ingredients (
        id varchar(100) PRIMARY KEY,
        name varchar(200) NOT NULL,
        unit varchar(10) NOT NULL,
        warehouse_quantity integer NOT NULL CHECK (warehouse_quantity >= 0),
        store_quantity integer NOT NULL CHECK (store_quantity >= 0),
        restock_minutes integer NOT NULL DEFAULT 0,
        stock_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE order_reservations (
        order_id uuid NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
        ingredient_id varchar(100) NOT NULL REFERENCES ingredients(id),
        from_warehouse integer NOT NULL CHECK (from_warehouse >= 0),
        from_store integer NOT NULL CHECK (from_store >= 0),
        released_at timestamptz,
        PRIMARY KEY (order_id, ingredient_id)
      )`);
    await q.query(`
      ALTER TABLE orders
        ADD COLUMN estimated_ready_at timestamptz,
        ADD COLUMN estimated_delivery_at timestamptz,
        ADD COLUMN payment_due_at timestamptz,
        ADD COLUMN cancel_reason varchar(30),
        ADD COLUMN warehouse_started_at timestamptz`);
    await q.query(`ALTER TABLE order_lines ADD COLUMN options jsonb NOT NULL DEFAULT '[]'`);
    await q.query(
      `CREATE INDEX orders_payment_due ON orders (payment_due_at) WHERE status = 'pending_payment'`,
    );
    await q.query(
      `CREATE INDEX orders_restaurant_queue ON orders (restaurant_id)
         WHERE status IN ('processing', 'cooking')`,
    );
    await q.query('DROP INDEX orders_customer_placed');
    await q.query(
      'CREATE INDEX orders_customer_placed ON orders (customer_id, placed_at DESC, id DESC)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX orders_customer_placed');
    await q.query('CREATE INDEX orders_customer_placed ON orders (customer_id, placed_at DESC)');
    await q.query('DROP INDEX orders_restaurant_queue');
    await q.query('DROP INDEX orders_payment_due');
    await q.query('ALTER TABLE order_lines DROP COLUMN options');
    await q.query(`
      ALTER TABLE orders DROP COLUMN estimated_ready_at, DROP COLUMN estimated_delivery_at,
        DROP COLUMN payment_due_at, DROP COLUMN cancel_reason, DROP COLUMN warehouse_started_at`);
    await q.query('DROP TABLE order_reservations');
    await q.query('DROP TABLE ingredients');
    await q.query(`
      ALTER TABLE menu_items DROP COLUMN image_url, DROP COLUMN option_groups,
        DROP COLUMN recipe, DROP COLUMN removed, DROP COLUMN catalog_at`);
    await q.query('ALTER TABLE restaurants DROP COLUMN opening_hours, DROP COLUMN catalog_at');
  }
}
