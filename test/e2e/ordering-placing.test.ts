import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Topic } from '@app/contracts';
import { eventually, KafkaProbe, startTestSystem, TestSystem } from '@app/testing';
import {
  cashOrder,
  CLASSIC_BURGER,
  GREEN_BOWL,
  LEMONADE,
  MARGHERITA,
  ROCKET_SALAD,
  signUp,
  SMASH_BURGER,
  TRATTORIA,
} from './support';

/** Menu, pricing with options, stock under concurrency, diet, scheduling, idempotency. */
describe('ordering: menu and placing', () => {
  let system: TestSystem;
  let probe: KafkaProbe;
  let db: Client;

  beforeAll(async () => {
    system = await startTestSystem();
    probe = new KafkaProbe();
    await probe.listen([
      Topic.Orders,
      Topic.KitchenOrders,
      Topic.WarehouseRequests,
      `${Topic.Catalog}.dlq`,
    ]);
    db = new Client({ connectionString: system.databases.orders!.url });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await probe?.close();
    await system?.stop();
  });

  const place = (token: string, body: Record<string, unknown>, key = randomUUID()) =>
    system.http.post('/v1/orders', body, { token, headers: { 'idempotency-key': key } });

  it('shows options, allergens and filters the menu', async () => {
    const { token } = await signUp(system.http);
    const item = await system.http.get(`/v1/menu/items/${MARGHERITA}`, { token });
    expect(item.status).toBe(200);
    expect(item.body).toMatchObject({
      id: MARGHERITA,
      available: true,
      allergens: ['gluten', 'milk'],
    });
    expect(item.body.optionGroups.map((g: { kind: string }) => g.kind)).toEqual([
      'size',
      'extra',
      'removal',
    ]);
    expect((await system.http.get(`/v1/menu/items/${randomUUID()}`, { token })).status).toBe(404);

    const names = async (query: string) => {
      const res = await system.http.get(`/v1/restaurants/${TRATTORIA}/menu?${query}`, { token });
      expect(res.status).toBe(200);
      return res.body.categories.flatMap((c: { items: { name: string }[] }) =>
        c.items.map((i) => i.name),
      );
    };
    expect(await names('diet=vegan')).toEqual(['Rocket and pear salad']);
    expect(await names('excludeAllergens=milk,nuts')).toEqual([]);
    expect(await names('excludeAllergens=eggs&diet=vegetarian')).toEqual(
      expect.arrayContaining(['Margherita', 'Funghi', 'Rocket and pear salad']),
    );
    expect(await names('q=TIRA')).toEqual(['Tiramisu']);
    const bad = await system.http.get(`/v1/restaurants/${TRATTORIA}/menu?diet=carnivore`, {
      token,
    });
    expect(bad.status).toBe(400);
  });

  it('prices options on the server and refuses unknown ones', async () => {
    const { token } = await signUp(system.http);
    const res = await place(
      token,
      cashOrder({
        items: [
          {
            menuItemId: MARGHERITA,
            quantity: 2,
            options: ['margherita-size-large', 'margherita-extra-extra-mozzarella'],
          },
        ],
        tipMinor: 0,
      }),
    );
    expect(res.status).toBe(201);
    // (950 + 300 large + 150 mozzarella) x 2, fee 299.
    expect(res.body.items[0]).toMatchObject({
      unitPrice: { amountMinor: 1400 },
      lineTotal: { amountMinor: 2800 },
      options: [
        { optionId: 'margherita-size-large', priceDelta: { amountMinor: 300 } },
        { optionId: 'margherita-extra-extra-mozzarella', priceDelta: { amountMinor: 150 } },
      ],
    });
    expect(res.body.total.amountMinor).toBe(3099);
    expect(Date.parse(res.body.estimatedDeliveryAt)).toBeGreaterThan(
      Date.parse(res.body.estimatedReadyAt),
    );

    const kitchen = await probe.waitFor(Topic.KitchenOrders, (m) => m.key === res.body.id);
    expect(kitchen.json()).toMatchObject({
      type: 'kitchen.order_requested',
      data: {
        items: [{ quantity: 2, options: ['Large', 'Extra mozzarella'] }],
        paymentPending: false,
      },
    });
    const warehouse = await probe.waitFor(Topic.WarehouseRequests, (m) => m.key === res.body.id);
    expect(warehouse.json().data).toMatchObject({ kind: 'wh_to_kitchen' });
    // Large adds 100 g of dough to 250 g, for two pizzas.
    expect(warehouse.json().data.items).toContainEqual({
      ingredientId: 'pizza-dough',
      quantity: 700,
    });

    const unknown = await place(
      token,
      cashOrder({ items: [{ menuItemId: MARGHERITA, quantity: 1, options: ['gold-leaf'] }] }),
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('invalid_options');
  });

  it('sells the last 5 portions to exactly 5 of 20 customers at once, never below zero', async () => {
    const stock = (warehouseQuantity: number, storeQuantity: number) =>
      probe.sendEvent(Topic.WarehouseStock, 'warehouse.stock_updated', 'lemons', {
        ingredientId: 'lemons',
        name: 'Lemons',
        unit: 'pcs',
        warehouseQuantity,
        storeQuantity,
        restockMinutes: 40,
        at: new Date().toISOString(),
      });
    const customers = await Promise.all(Array.from({ length: 20 }, () => signUp(system.http)));
    // 2 lemons a glass: 3 glasses from the warehouse, 2 more from central storage.
    await stock(6, 4);
    await eventually(async () => {
      const { rows } = await db.query(
        `SELECT warehouse_quantity FROM ingredients WHERE id = 'lemons'`,
      );
      return rows[0]?.warehouse_quantity === 6;
    });
    const results = await Promise.all(
      customers.map(({ token }) =>
        place(token, {
          restaurantId: GREEN_BOWL,
          items: [{ menuItemId: LEMONADE, quantity: 1 }],
          deliveryAddress: { line1: '1 Test Street', city: 'Berlin', lat: 52.51, lng: 13.4 },
          paymentMethod: 'cash',
        }),
      ),
    );
    const placed = results.filter((r) => r.status === 201);
    expect(placed).toHaveLength(5);
    for (const r of results.filter((r) => r.status !== 201)) {
      expect(r.status).toBe(422);
      expect(r.body).toMatchObject({ code: 'item_unavailable', items: [{ menuItemId: LEMONADE }] });
    }
    const { rows } = await db.query(
      `SELECT warehouse_quantity, store_quantity FROM ingredients WHERE id = 'lemons'`,
    );
    expect(rows[0]).toEqual({ warehouse_quantity: 0, store_quantity: 0 });
    const menuItem = await system.http.get(`/v1/menu/items/${LEMONADE}`, {
      token: customers[0].token,
    });
    expect(menuItem.body.available).toBe(false);

    // The two orders served from central storage wait for the restock and say so.
    const ids = new Set(placed.map((r) => r.body.id as string));
    const requests = await eventually(() => {
      const seen = probe.messages(Topic.WarehouseRequests).filter((m) => ids.has(m.key ?? ''));
      return seen.length >= 7 ? seen : undefined;
    });
    const restocked = requests.filter((m) => m.json().data.kind === 'store_to_wh');
    expect(restocked).toHaveLength(2);
    for (const m of restocked) {
      const order = placed.find((r) => r.body.id === m.key)!.body;
      expect(
        Date.parse(order.estimatedReadyAt) - Date.parse(order.placedAt),
      ).toBeGreaterThanOrEqual(40 * 60_000);
    }

    // Cancelling gives the lemons back.
    const first = placed[0].body;
    const owner = customers[results.indexOf(placed[0])];
    const cancelled = await system.http.post(
      `/v1/orders/${first.id}/cancel`,
      {},
      { token: owner.token },
    );
    expect(cancelled.status).toBe(200);
    const after = await db.query(
      `SELECT warehouse_quantity + store_quantity AS total FROM ingredients WHERE id = 'lemons'`,
    );
    expect(after.rows[0].total).toBe(2);
  });

  it('refuses dietary conflicts unless accepted, and uses the default address', async () => {
    const { token } = await signUp(system.http);
    const noDefault = await place(
      token,
      cashOrder({ deliveryAddress: undefined, useDefaultAddress: true }),
    );
    expect(noDefault.status).toBe(422);
    expect(noDefault.body.code).toBe('default_address_missing');

    const settings = await system.http.request(
      'PATCH',
      '/v1/me',
      {
        dietaryRestrictions: ['vegan'],
        allergensToAvoid: ['nuts'],
        defaultAddress: { line1: '9 Home Road', city: 'Berlin', lat: 52.52, lng: 13.41 },
      },
      { token },
    );
    expect(settings.status).toBe(200);
    const order = cashOrder({
      items: [
        { menuItemId: MARGHERITA, quantity: 1 },
        { menuItemId: ROCKET_SALAD, quantity: 1 },
      ],
      deliveryAddress: undefined,
      useDefaultAddress: true,
    });
    const refused = await place(token, order);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('dietary_conflict');
    expect(refused.body.items).toEqual([
      { menuItemId: MARGHERITA, name: 'Margherita', unmetRestrictions: ['vegan'], allergens: [] },
      {
        menuItemId: ROCKET_SALAD,
        name: 'Rocket and pear salad',
        unmetRestrictions: [],
        allergens: ['nuts'],
      },
    ]);
    const accepted = await place(token, { ...order, acceptDietaryConflicts: true });
    expect(accepted.status).toBe(201);
    expect(accepted.body.deliveryAddress).toMatchObject({ line1: '9 Home Road' });
  });

  it('schedules deliveries in the future, within the horizon and opening hours', async () => {
    const { token } = await signUp(system.http);
    const past = await place(
      token,
      cashOrder({ deliverAt: new Date(Date.now() - 60_000).toISOString() }),
    );
    expect(past.status).toBe(422);
    expect(past.body.code).toBe('invalid_delivery_time');
    const tooFar = await place(
      token,
      cashOrder({ deliverAt: new Date(Date.now() + 30 * 24 * 3600_000).toISOString() }),
    );
    expect(tooFar.body.code).toBe('invalid_delivery_time');

    // 01:30 UTC is 02:30 or 03:30 in Berlin, when the burger place (11:00-23:00) is closed.
    const night = new Date();
    night.setUTCDate(night.getUTCDate() + 1);
    night.setUTCHours(1, 30, 0, 0);
    const closed = await place(
      token,
      cashOrder({
        restaurantId: SMASH_BURGER,
        items: [{ menuItemId: CLASSIC_BURGER, quantity: 1 }],
        deliverAt: night.toISOString(),
      }),
    );
    expect(closed.status).toBe(422);
    expect(closed.body.detail).toMatch(/closed/);

    const deliverAt = new Date(Date.now() + 3 * 3600_000);
    deliverAt.setUTCSeconds(0, 0);
    const scheduled = await place(token, cashOrder({ deliverAt: deliverAt.toISOString() }));
    expect(scheduled.status).toBe(201);
    expect(scheduled.body.deliverAt).toBe(deliverAt.toISOString());
    expect(scheduled.body.estimatedDeliveryAt).toBe(deliverAt.toISOString());
    expect(Date.parse(scheduled.body.estimatedReadyAt)).toBeLessThan(deliverAt.getTime());
  });

  it('replays idempotent requests sequentially and concurrently, scoped per customer', async () => {
    const a = await signUp(system.http);
    const b = await signUp(system.http);
    const key = randomUUID();
    const concurrent = await Promise.all(
      Array.from({ length: 6 }, () => place(a.token, cashOrder(), key)),
    );
    const created = concurrent.filter((r) => r.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((r) => r.body.id)).size).toBe(1);
    for (const r of concurrent.filter((r) => r.status !== 201)) {
      expect(r.status).toBe(409);
      expect(r.body.code).toBe('idempotency_in_progress');
    }
    const again = await place(a.token, cashOrder(), key);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(created[0].body.id);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await place(a.token, cashOrder({ tipMinor: 1 }), key)).body.code).toBe(
      'idempotency_key_reused',
    );
    const other = await place(b.token, cashOrder(), key);
    expect(other.status).toBe(201);
    expect(other.body.id).not.toBe(created[0].body.id);
    const { rows } = await db.query(
      'SELECT count(*)::int AS n FROM orders WHERE idempotency_key = $1',
      [key],
    );
    expect(rows[0].n).toBe(2);
  });

  it('keeps the catalog current and dead-letters what does not validate', async () => {
    const { token } = await signUp(system.http);
    const itemId = randomUUID();
    const upsert = (priceMinor: number, at: Date) =>
      probe.sendEvent(Topic.Catalog, 'catalog.item_upserted', TRATTORIA, {
        itemId,
        restaurantId: TRATTORIA,
        category: 'Specials',
        name: 'Truffle pizza',
        description: 'Seasonal.',
        priceMinor,
        preparationMinutes: 14,
        dietaryTags: ['vegetarian'],
        allergens: ['gluten', 'milk'],
        optionGroups: [],
        recipe: [{ ingredientId: 'pizza-dough', quantity: 250 }],
        available: true,
        position: 99,
        at: at.toISOString(),
      });
    await upsert(1890, new Date());
    await upsert(990, new Date(Date.now() - 3600_000)); // older, arrives late: ignored
    await probe.sendEvent(Topic.Catalog, 'catalog.item_upserted', TRATTORIA, {
      itemId,
      priceMinor: -1,
    });
    const parked = await probe.waitFor(`${Topic.Catalog}.dlq`, (m) => m.key === TRATTORIA);
    expect(parked.value).toContain(itemId);
    const item = await system.http.get(`/v1/menu/items/${itemId}`, { token });
    expect(item.body.price.amountMinor).toBe(1890);

    await probe.sendEvent(Topic.Catalog, 'catalog.item_removed', TRATTORIA, {
      itemId,
      restaurantId: TRATTORIA,
      at: new Date().toISOString(),
    });
    await eventually(
      async () => (await system.http.get(`/v1/menu/items/${itemId}`, { token })).status === 404,
    );
  });
});
