import { randomUUID } from 'node:crypto';
import { Header, Topic } from '@app/contracts';
import { eventually, KafkaProbe, startTestSystem, TestSystem } from '@app/testing';
import { cashOrder, MARGHERITA, signUp, TRATTORIA } from './support';

/** The thin slice through all four apps, real HTTP, real Kafka, real PostgreSQL. */
describe('a cash order from sign-up to delivery', () => {
  let system: TestSystem;
  let probe: KafkaProbe;

  beforeAll(async () => {
    system = await startTestSystem();
    probe = new KafkaProbe();
    await probe.listen([
      Topic.Orders,
      Topic.Payments,
      Topic.Customers,
      `${Topic.CourierEvents}.dlq`,
    ]);
  });

  afterAll(async () => {
    await probe?.close();
    await system?.stop();
  });

  it('signs up, signs in and reads the profile with the session token', async () => {
    const { token, email, customerId } = await signUp(system.http, 'Ada');
    const me = await system.http.get('/v1/me', { token });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: customerId, email, name: 'Ada' });

    const signin = await system.http.post('/v1/auth/signin', {
      email: email.toUpperCase(),
      password: 'a long enough secret',
    });
    expect(signin.status).toBe(200);
    expect((await system.http.get('/v1/me', { token: signin.body.token })).status).toBe(200);

    const registered = await probe.waitFor(Topic.Customers, (m) => m.key === customerId);
    expect(registered.json()).toMatchObject({ type: 'customer.registered', data: { email } });
    expect(registered.value).not.toMatch(/password|token/i);
  });

  it('refuses requests without a valid session as problem+json', async () => {
    const res = await system.http.get('/v1/me', { token: 'forged' });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 401, code: 'invalid_token' });
  });

  it('serves the demo menu', async () => {
    const { token } = await signUp(system.http);
    const restaurants = await system.http.get('/v1/restaurants', { token });
    expect(restaurants.status).toBe(200);
    expect(restaurants.body.items).toContainEqual(
      expect.objectContaining({
        id: TRATTORIA,
        openingHours: { timeZone: 'Europe/Berlin', opens: '00:00', closes: '24:00' },
        openNow: true,
      }),
    );
    const menu = await system.http.get(`/v1/restaurants/${TRATTORIA}/menu`, { token });
    const items = menu.body.categories.flatMap((c: { items: unknown[] }) => c.items);
    expect(items).toContainEqual(
      expect.objectContaining({
        id: MARGHERITA,
        price: { amountMinor: 950, currency: 'USD' },
        allergens: ['gluten', 'milk'],
      }),
    );
  });

  it('places, tracks and delivers an order, with every status in the inbox', async () => {
    const { token, customerId } = await signUp(system.http);
    const key = randomUUID();
    const placed = await system.http.post('/v1/orders', cashOrder(), {
      token,
      headers: { 'idempotency-key': key },
    });
    expect(placed.status).toBe(201);
    const order = placed.body;
    // Priced on the server: 2 x 950 + 650, fee 299, tip 150.
    expect(order).toMatchObject({
      status: 'processing',
      subtotal: { amountMinor: 2550, currency: 'USD' },
      deliveryFee: { amountMinor: 299 },
      tip: { amountMinor: 150 },
      total: { amountMinor: 2999 },
    });
    expect(order.items[0]).toMatchObject({
      quantity: 2,
      unitPrice: { amountMinor: 950 },
      lineTotal: { amountMinor: 1900 },
      note: 'extra basil',
    });

    const event = await probe.waitFor(Topic.Orders, (m) => m.key === order.id);
    expect(event.json()).toMatchObject({
      specversion: '1.0',
      type: 'order.placed',
      source: '/orders',
      subject: order.id,
      datacontenttype: 'application/json',
      data: { orderId: order.id, customerId, totalMinor: 2999, paymentMethod: 'cash' },
    });
    expect(event.headers[Header.RequestId]).toBe(placed.headers.get(Header.RequestId));

    await probe.sendEvent(Topic.KitchenEvents, 'kitchen.cooking_started', order.id, {
      orderId: order.id,
      at: new Date().toISOString(),
    });
    await probe.sendEvent(Topic.KitchenEvents, 'kitchen.ready', order.id, {
      orderId: order.id,
      at: new Date().toISOString(),
    });
    // Kitchen and courier write different topics, which nothing orders but the real world:
    // the courier's events follow once the kitchen's have landed.
    await eventually(async () => {
      const res = await system.http.get(`/v1/orders/${order.id}`, { token });
      return res.body.statusHistory.some((h: { milestone: string }) => h.milestone === 'ready');
    });
    await probe.sendEvent(Topic.CourierEvents, 'courier.picked_up', order.id, {
      orderId: order.id,
      at: new Date().toISOString(),
      courierId: 'c-7',
    });
    await probe.sendEvent(Topic.CourierEvents, 'courier.location', order.id, {
      orderId: order.id,
      at: new Date().toISOString(),
      lat: 52.515,
      lng: 13.401,
    });
    const inDelivery = await eventually(async () => {
      const res = await system.http.get(`/v1/orders/${order.id}`, { token });
      return res.body.courierLocation ? res.body : undefined;
    });
    expect(inDelivery.status).toBe('in_delivery');
    expect(inDelivery.courierLocation).toMatchObject({ lat: 52.515, lng: 13.401 });

    await probe.sendEvent(Topic.CourierEvents, 'courier.delivered', order.id, {
      orderId: order.id,
      at: new Date().toISOString(),
    });
    const delivered = await eventually(async () => {
      const res = await system.http.get(`/v1/orders/${order.id}`, { token });
      return res.body.status === 'delivered' ? res.body : undefined;
    });
    expect(delivered.statusHistory.map((h: { milestone: string }) => h.milestone)).toEqual([
      'placed',
      'cooking_started',
      'ready',
      'picked_up',
      'delivered',
    ]);
    expect(delivered.courierLocation).toBeNull();

    const inbox = await eventually(async () => {
      const res = await system.http.get('/v1/notifications', { token });
      return res.body.items.length >= 4 ? res.body.items : undefined;
    });
    expect(inbox.map((n: { kind: string }) => n.kind)).toEqual([
      'order_delivered',
      'order_in_delivery',
      'order_cooking',
      'order_placed',
    ]);
  });

  it('settles a cash payment when the courier collects it', async () => {
    const { token } = await signUp(system.http);
    const placed = await system.http.post('/v1/orders', cashOrder(), {
      token,
      headers: { 'idempotency-key': randomUUID() },
    });
    const orderId = placed.body.id;
    await probe.sendEvent(Topic.CourierEvents, 'courier.payment_collected', orderId, {
      orderId,
      at: new Date().toISOString(),
      amountMinor: placed.body.total.amountMinor,
      currency: 'USD',
      method: 'cash',
    });
    const paid = await probe.waitFor(Topic.Payments, (m) => m.key === orderId);
    expect(paid.json()).toMatchObject({
      type: 'payment.succeeded',
      data: { orderId, amountMinor: 2999, method: 'cash' },
    });
  });

  it('settles a collection the courier reported before payments saw the order', async () => {
    const orderId = randomUUID();
    const customerId = randomUUID();
    const now = new Date().toISOString();
    const applied = async () => {
      const res = await fetch(`${system.app('payments').baseUrl}/metrics`);
      const line =
        /^events_consumed_total\{consumer="payments.courier",topic="courier.events.v1",outcome="applied"\} (\d+)/m;
      return Number(line.exec(await res.text())?.[1] ?? 0);
    };
    const before = await applied();
    await probe.sendEvent(Topic.CourierEvents, 'courier.payment_collected', orderId, {
      orderId,
      at: now,
      amountMinor: 1234,
      currency: 'USD',
      method: 'cash',
    });
    // Only once payments has taken the collection does the order come, as a late orders.v1 would.
    await eventually(async () => (await applied()) > before, { what: 'the collection' });
    await probe.sendEvent(Topic.Orders, 'order.placed', orderId, {
      orderId,
      customerId,
      restaurantId: TRATTORIA,
      items: [
        {
          menuItemId: MARGHERITA,
          name: 'Margherita',
          quantity: 1,
          unitPriceMinor: 935,
          lineTotalMinor: 935,
        },
      ],
      subtotalMinor: 935,
      deliveryFeeMinor: 299,
      tipMinor: 0,
      totalMinor: 1234,
      currency: 'USD',
      paymentMethod: 'cash',
      status: 'processing',
      placedAt: now,
    });
    const paid = await probe.waitFor(Topic.Payments, (m) => m.key === orderId);
    expect(paid.json()).toMatchObject({
      type: 'payment.succeeded',
      data: { orderId, customerId, amountMinor: 1234, currency: 'USD', method: 'cash' },
    });
    expect(probe.messages(`${Topic.CourierEvents}.dlq`).filter((m) => m.key === orderId)).toEqual(
      [],
    );
  });

  it('applies a courier event delivered twice only once', async () => {
    const { token } = await signUp(system.http);
    const { body: order } = await system.http.post('/v1/orders', cashOrder(), {
      token,
      headers: { 'idempotency-key': randomUUID() },
    });
    const eventId = randomUUID();
    const data = { orderId: order.id, at: new Date().toISOString() };
    await probe.sendEvent(Topic.CourierEvents, 'courier.picked_up', order.id, data, eventId);
    await probe.sendEvent(Topic.CourierEvents, 'courier.picked_up', order.id, data, eventId);
    // A later event on the same key is applied after both copies, so once it shows, both were seen.
    await probe.sendEvent(Topic.CourierEvents, 'courier.delivered', order.id, {
      orderId: order.id,
      at: new Date().toISOString(),
    });
    const delivered = await eventually(async () => {
      const res = await system.http.get(`/v1/orders/${order.id}`, { token });
      return res.body.status === 'delivered' ? res.body : undefined;
    });
    expect(
      delivered.statusHistory.filter((h: { milestone: string }) => h.milestone === 'picked_up'),
    ).toHaveLength(1);
    const statusChanges = () =>
      probe
        .messages(Topic.Orders)
        .filter((m) => m.key === order.id && m.json().type === 'order.status_changed');
    await eventually(() => statusChanges().length >= 2);
    const changes = statusChanges();
    expect(changes.map((m) => m.json().data.to)).toEqual(['in_delivery', 'delivered']);
    expect(
      probe.messages(`${Topic.CourierEvents}.dlq`).filter((m) => m.key === order.id),
    ).toHaveLength(0);
  });

  it('replays an Idempotency-Key and refuses it with another body', async () => {
    const { token } = await signUp(system.http);
    const key = randomUUID();
    const first = await system.http.post('/v1/orders', cashOrder(), {
      token,
      headers: { 'idempotency-key': key },
    });
    const again = await system.http.post('/v1/orders', cashOrder(), {
      token,
      headers: { 'idempotency-key': key },
    });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    const other = await system.http.post('/v1/orders', cashOrder({ tipMinor: 0 }), {
      token,
      headers: { 'idempotency-key': key },
    });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('idempotency_key_reused');
  });

  it("answers 404 for another customer's order", async () => {
    const owner = await signUp(system.http);
    const stranger = await signUp(system.http);
    const { body: order } = await system.http.post('/v1/orders', cashOrder(), {
      token: owner.token,
      headers: { 'idempotency-key': randomUUID() },
    });
    const res = await system.http.get(`/v1/orders/${order.id}`, { token: stranger.token });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('order_not_found');
  });

  it('rejects bad input with field errors and never a 500', async () => {
    const { token } = await signUp(system.http);
    const res = await system.http.post(
      '/v1/orders',
      { ...cashOrder(), items: [{ menuItemId: 'nope', quantity: 0 }], surprise: true },
      { token, headers: { 'idempotency-key': randomUUID() } },
    );
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['surprise', 'items.0.menuItemId', 'items.0.quantity']),
    );
    const broken = await system.http.post('/v1/orders', '{"restaurantId":', {
      token,
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(broken.status).toBe(400);
    const unknownItem = await system.http.post(
      '/v1/orders',
      cashOrder({ items: [{ menuItemId: randomUUID(), quantity: 1 }] }),
      {
        token,
        headers: { 'idempotency-key': randomUUID() },
      },
    );
    expect(unknownItem.status).toBe(422);
    expect(unknownItem.body.code).toBe('item_unavailable');
  });
});
