import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Topic } from '@app/contracts';
import { eventually, KafkaProbe, startTestSystem, TestSystem } from '@app/testing';
import { cashOrder, signUp, SignedIn } from './support';

/** Cancelling, racing the kitchen, expiring unpaid orders, lists and ownership. */
describe('ordering: lifecycle, cancellation and lists', () => {
  let system: TestSystem;
  let probe: KafkaProbe;
  let db: Client;

  beforeAll(async () => {
    system = await startTestSystem({
      env: { orders: { PAYMENT_TIMEOUT_SECONDS: '2', PAYMENT_EXPIRY_CHECK_MS: '250' } },
    });
    probe = new KafkaProbe();
    await probe.listen([
      Topic.Orders,
      Topic.KitchenOrders,
      Topic.WarehouseRequests,
      `${Topic.KitchenEvents}.dlq`,
      `${Topic.WarehouseEvents}.dlq`,
    ]);
    db = new Client({ connectionString: system.databases.orders!.url });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await probe?.close();
    await system?.stop();
  });

  const place = async (who: SignedIn, overrides: Record<string, unknown> = {}) => {
    const res = await system.http.post('/v1/orders', cashOrder(overrides), {
      token: who.token,
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(res.status).toBe(201);
    return res.body;
  };
  const cancel = (who: SignedIn, id: string, body: object = {}) =>
    system.http.post(`/v1/orders/${id}/cancel`, body, { token: who.token });
  const typesFor = (topic: string, id: string) =>
    probe
      .messages(topic)
      .filter((m) => m.key === id)
      .map((m) => m.json().type);

  it('cancels a processing order, releases stock and tells everyone once', async () => {
    const me = await signUp(system.http);
    const order = await place(me);
    const cancelled = await cancel(me, order.id, { reason: 'changed my mind' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({
      status: 'cancelled',
      cancelReason: 'customer',
      cancellable: false,
    });
    const event = await probe.waitFor(
      Topic.Orders,
      (m) => m.key === order.id && m.json().type === 'order.cancelled',
    );
    expect(event.json().data).toMatchObject({
      reason: 'customer',
      from: 'processing',
      note: 'changed my mind',
      paymentMethod: 'cash',
      totalMinor: order.total.amountMinor,
    });
    await eventually(() =>
      typesFor(Topic.KitchenOrders, order.id).includes('kitchen.order_cancelled'),
    );
    await eventually(() =>
      typesFor(Topic.WarehouseRequests, order.id).includes('warehouse.transfer_cancelled'),
    );
    const { rows } = await db.query(
      'SELECT count(*)::int AS held FROM order_reservations WHERE order_id = $1 AND released_at IS NULL',
      [order.id],
    );
    expect(rows[0].held).toBe(0);

    const again = await cancel(me, order.id);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'order_not_cancellable', orderStatus: 'cancelled' });
    const pending = await system.http.get('/v1/orders/pending', { token: me.token });
    expect(pending.body.items.map((o: { id: string }) => o.id)).not.toContain(order.id);
  });

  it('refuses to cancel once the kitchen or the warehouse has started', async () => {
    const me = await signUp(system.http);
    const cooking = await place(me);
    await probe.sendEvent(Topic.KitchenEvents, 'kitchen.cooking_started', cooking.id, {
      orderId: cooking.id,
      at: new Date().toISOString(),
    });
    await eventually(
      async () =>
        (await system.http.get(`/v1/orders/${cooking.id}`, { token: me.token })).body.status ===
        'cooking',
    );
    const late = await cancel(me, cooking.id);
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'order_not_cancellable', orderStatus: 'cooking' });

    const picking = await place(me);
    await probe.sendEvent(Topic.WarehouseEvents, 'warehouse.transfer_started', picking.id, {
      orderId: picking.id,
      at: new Date().toISOString(),
    });
    await eventually(
      async () =>
        (await system.http.get(`/v1/orders/${picking.id}`, { token: me.token })).body
          .cancellable === false,
    );
    const refused = await cancel(me, picking.id);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ orderStatus: 'processing', warehouseStarted: true });
  });

  it('ends a cancel racing cooking_started in exactly one outcome everywhere', async () => {
    const me = await signUp(system.http);
    const orders = await Promise.all(Array.from({ length: 6 }, () => place(me)));
    const outcomes = await Promise.all(
      orders.map(async (order) => {
        const [res] = await Promise.all([
          cancel(me, order.id),
          probe.sendEvent(Topic.KitchenEvents, 'kitchen.cooking_started', order.id, {
            orderId: order.id,
            at: new Date().toISOString(),
          }),
        ]);
        return { order, res };
      }),
    );
    for (const { order, res } of outcomes) {
      expect([200, 409]).toContain(res.status);
      const won = res.status === 200;
      // The losing side is visible: a parked cooking_started, or a cooking order.
      const final = await eventually(async () => {
        const body = (await system.http.get(`/v1/orders/${order.id}`, { token: me.token })).body;
        if (won) {
          const parked = probe
            .messages(`${Topic.KitchenEvents}.dlq`)
            .some((m) => m.key === order.id);
          return parked ? body : undefined;
        }
        return body.status === 'cooking' ? body : undefined;
      });
      const milestones = final.statusHistory.map((h: { milestone: string }) => h.milestone);
      if (won) {
        expect(final.status).toBe('cancelled');
        expect(milestones).toEqual(['placed', 'cancelled']);
        await eventually(() =>
          typesFor(Topic.KitchenOrders, order.id).includes('kitchen.order_cancelled'),
        );
      } else {
        expect(res.body.orderStatus).toBe('cooking');
        expect(milestones).toEqual(['placed', 'cooking_started']);
        expect(typesFor(Topic.Orders, order.id)).not.toContain('order.cancelled');
        expect(typesFor(Topic.KitchenOrders, order.id)).not.toContain('kitchen.order_cancelled');
      }
    }
  });

  it('expires an unpaid card order and releases its stock', async () => {
    const me = await signUp(system.http);
    const order = await place(me, { paymentMethod: 'card' });
    expect(order.status).toBe('pending_payment');
    expect(Date.parse(order.paymentDueAt)).toBeGreaterThan(Date.parse(order.placedAt));
    const kitchen = await probe.waitFor(Topic.KitchenOrders, (m) => m.key === order.id);
    expect(kitchen.json().data.paymentPending).toBe(true);
    const expired = await eventually(async () => {
      const body = (await system.http.get(`/v1/orders/${order.id}`, { token: me.token })).body;
      return body.status === 'cancelled' ? body : undefined;
    });
    expect(expired).toMatchObject({ cancelReason: 'payment_expired', paymentDueAt: null });
    const event = await probe.waitFor(
      Topic.Orders,
      (m) => m.key === order.id && m.json().type === 'order.cancelled',
    );
    expect(event.json().data).toMatchObject({ reason: 'payment_expired', from: 'pending_payment' });
    const { rows } = await db.query(
      'SELECT count(*)::int AS held FROM order_reservations WHERE order_id = $1 AND released_at IS NULL',
      [order.id],
    );
    expect(rows[0].held).toBe(0);
  });

  it('lists orders newest first with cursor pagination and filters', async () => {
    const me = await signUp(system.http);
    const first = await place(me);
    const second = await place(me);
    const third = await place(me);
    await cancel(me, second.id);
    const page1 = await system.http.get('/v1/orders?limit=2', { token: me.token });
    expect(page1.status).toBe(200);
    expect(page1.body.items.map((o: { id: string }) => o.id)).toEqual([third.id, second.id]);
    expect(page1.body.items[0]).toMatchObject({ itemCount: 3, total: third.total });
    const page2 = await system.http.get(`/v1/orders?limit=2&cursor=${page1.body.nextCursor}`, {
      token: me.token,
    });
    expect(page2.body).toEqual({
      items: [expect.objectContaining({ id: first.id })],
      nextCursor: null,
    });
    const cancelled = await system.http.get('/v1/orders?status=cancelled', { token: me.token });
    expect(cancelled.body.items.map((o: { id: string }) => o.id)).toEqual([second.id]);
    const window = await system.http.get(
      `/v1/orders?from=${encodeURIComponent(second.placedAt)}&to=${encodeURIComponent(third.placedAt)}`,
      { token: me.token },
    );
    expect(window.body.items.map((o: { id: string }) => o.id)).toEqual([second.id]);
    const pending = await system.http.get('/v1/orders/pending', { token: me.token });
    expect(pending.body.items.map((o: { id: string }) => o.id)).toEqual([third.id, first.id]);
    expect((await system.http.get('/v1/orders?cursor=garbage', { token: me.token })).status).toBe(
      400,
    );
    expect((await system.http.get('/v1/orders?status=lost', { token: me.token })).status).toBe(400);
  });

  it("answers 404 on every order endpoint for another customer's order", async () => {
    const owner = await signUp(system.http);
    const stranger = await signUp(system.http);
    const order = await place(owner);
    const get = await system.http.get(`/v1/orders/${order.id}`, { token: stranger.token });
    expect(get.status).toBe(404);
    const cancelled = await cancel(stranger, order.id);
    expect(cancelled.status).toBe(404);
    expect(cancelled.body.code).toBe('order_not_found');
    const lists = await Promise.all([
      system.http.get('/v1/orders', { token: stranger.token }),
      system.http.get('/v1/orders/pending', { token: stranger.token }),
    ]);
    for (const list of lists) expect(list.body.items).toEqual([]);
    expect(
      (await system.http.get(`/v1/orders/${order.id}`, { token: owner.token })).body.status,
    ).toBe('processing');
  });

  it('keeps answering requests while an event handler is stuck', async () => {
    const me = await signUp(system.http);
    const order = await place(me);
    // Hold the order's row, so the kitchen event's handler waits on it inside orders.
    const holder = new Client({ connectionString: system.databases.orders!.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT id FROM orders WHERE id = $1 FOR UPDATE', [order.id]);
      await probe.sendEvent(Topic.KitchenEvents, 'kitchen.cooking_started', order.id, {
        orderId: order.id,
        at: new Date().toISOString(),
      });
      await eventually(
        async () =>
          (
            await db.query(
              `SELECT count(*)::int AS n FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock'`,
            )
          ).rows[0].n > 0,
        { what: 'the kitchen event to wait on the row' },
      );
      // Requests to orders are read by a consumer of their own, not behind that handler.
      const restaurants = await system.http.get('/v1/restaurants', { token: me.token });
      expect(restaurants.status).toBe(200);
      const list = await system.http.get('/v1/orders', { token: me.token });
      expect(list.status).toBe(200);
      expect(list.body.items[0]).toMatchObject({ id: order.id, status: 'processing' });
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    await eventually(
      async () =>
        (await system.http.get(`/v1/orders/${order.id}`, { token: me.token })).body.status ===
        'cooking',
      { what: 'the held event to apply' },
    );
  });

  it('parks warehouse events for unknown orders and applies a repeated start once', async () => {
    const me = await signUp(system.http);
    const unknown = randomUUID();
    await probe.sendEvent(Topic.WarehouseEvents, 'warehouse.transfer_started', unknown, {
      orderId: unknown,
      at: new Date().toISOString(),
    });
    const parked = await probe.waitFor(`${Topic.WarehouseEvents}.dlq`, (m) => m.key === unknown);
    expect(parked.headers['x-dlq-error']).toMatch(/unknown order/);

    const order = await place(me);
    const at = new Date().toISOString();
    const id = randomUUID();
    await probe.sendEvent(
      Topic.WarehouseEvents,
      'warehouse.transfer_started',
      order.id,
      { orderId: order.id, at },
      id,
    );
    await probe.sendEvent(
      Topic.WarehouseEvents,
      'warehouse.transfer_started',
      order.id,
      { orderId: order.id, at },
      id,
    );
    await probe.sendEvent(Topic.WarehouseEvents, 'warehouse.transfer_started', order.id, {
      orderId: order.id,
      at: new Date().toISOString(),
    });
    await eventually(async () => {
      const { rows } = await db.query('SELECT warehouse_started_at FROM orders WHERE id = $1', [
        order.id,
      ]);
      return rows[0].warehouse_started_at?.toISOString() === at;
    });
    expect(
      probe.messages(`${Topic.WarehouseEvents}.dlq`).filter((m) => m.key === order.id),
    ).toHaveLength(0);
  });
});
