import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrdersSchema1764700000100 implements MigrationInterface {
  name = 'OrdersSchema1764700000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE restaurants (
        id uuid PRIMARY KEY,
        name varchar(200) NOT NULL,
        address varchar(300) NOT NULL,
        lat double precision NOT NULL,
        lng double precision NOT NULL,
        rating_sum integer NOT NULL DEFAULT 0,
        rating_count integer NOT NULL DEFAULT 0
      )`);
    await q.query(`
      CREATE TABLE menu_items (
        id uuid PRIMARY KEY,
        restaurant_id uuid NOT NULL REFERENCES restaurants(id),
        category varchar(100) NOT NULL,
        name varchar(200) NOT NULL,
        description text NOT NULL DEFAULT '',
        price_minor integer NOT NULL CHECK (price_minor >= 0),
        available boolean NOT NULL DEFAULT true,
        preparation_minutes integer NOT NULL,
        dietary_tags text[] NOT NULL DEFAULT '{}',
        allergens text[] NOT NULL DEFAULT '{}',
        position integer NOT NULL DEFAULT 0
      )`);
    await q.query('CREATE INDEX menu_items_restaurant ON menu_items (restaurant_id)');
    await q.query(`
      CREATE TABLE orders (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        idempotency_key varchar(200) NOT NULL,
        restaurant_id uuid NOT NULL REFERENCES restaurants(id),
        status varchar(30) NOT NULL,
        payment_method varchar(30) NOT NULL,
        currency char(3) NOT NULL,
        subtotal_minor integer NOT NULL,
        delivery_fee_minor integer NOT NULL,
        tip_minor integer NOT NULL,
        total_minor integer NOT NULL,
        delivery_address jsonb NOT NULL,
        special_requests text,
        deliver_at timestamptz,
        placed_at timestamptz NOT NULL,
        courier_location jsonb
      )`);
    await q.query(
      'CREATE UNIQUE INDEX orders_idempotency ON orders (customer_id, idempotency_key)',
    );
    await q.query('CREATE INDEX orders_customer_placed ON orders (customer_id, placed_at DESC)');
    await q.query(`
      CREATE TABLE order_lines (
        id bigserial PRIMARY KEY,
        order_id uuid NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
        menu_item_id uuid NOT NULL,
        name varchar(200) NOT NULL,
        quantity integer NOT NULL CHECK (quantity > 0),
        unit_price_minor integer NOT NULL,
        line_total_minor integer NOT NULL,
        note text,
        position integer NOT NULL
      )`);
    await q.query('CREATE INDEX order_lines_order ON order_lines (order_id)');
    await q.query(`
      CREATE TABLE order_milestones (
        id bigserial PRIMARY KEY,
        order_id uuid NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
        milestone varchar(30) NOT NULL,
        status varchar(30) NOT NULL,
        at timestamptz NOT NULL,
        UNIQUE (order_id, milestone)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['order_milestones', 'order_lines', 'orders', 'menu_items', 'restaurants']) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
