import { randomUUID } from 'node:crypto';
import { Header, Topic } from '@app/contracts';
import { eventually, KafkaProbe, spawnApp, startTestSystem, TestSystem } from '@app/testing';
import { cashOrder, signUp } from './support';

describe('failure handling across the apps', () => {
  let system: TestSystem;
  let probe: KafkaProbe;

  beforeAll(async () => {
    system = await startTestSystem({ env: { gateway: { RPC_TIMEOUT_MS: '1500' } } });
    probe = new KafkaProbe();
    await probe.listen([Topic.Orders, `${Topic.KitchenEvents}.dlq`, `${Topic.CourierEvents}.dlq`]);
  });

  afterAll(async () => {
    await probe?.close();
    await system?.stop();
  });

  it('keeps an order whose service was SIGKILLed right after answering 201, and publishes its event', async () => {
    const { token } = await signUp(system.http);
    const placed = await system.http.post('/v1/orders', cashOrder(), {
      token,
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(placed.status).toBe(201);
    const exit = await system.app('orders').kill();
    expect(exit.signal).toBe('SIGKILL');
    await system.restart('orders');
    const order = await system.http.get(`/v1/orders/${placed.body.id}`, { token });
    expect(order.status).toBe(200);
    expect(order.body.total).toEqual(placed.body.total);
    const event = await probe.waitFor(Topic.Orders, (m) => m.key === placed.body.id);
    expect(event.json().type).toBe('order.placed');
  });

  it('dead-letters a malformed message with the reason and keeps consuming', async () => {
    const { token } = await signUp(system.http);
    const { body: order } = await system.http.post('/v1/orders', cashOrder(), {
      token,
      headers: { 'idempotency-key': randomUUID() },
    });
    await probe.send(Topic.KitchenEvents, order.id, 'this is not json {');
    await probe.sendEvent(Topic.KitchenEvents, 'kitchen.cooking_started', order.id, {
      orderId: 'not-a-uuid',
      at: 'yesterday',
    });
    await probe.sendEvent(Topic.KitchenEvents, 'kitchen.cooking_started', order.id, {
      orderId: order.id,
      at: new Date().toISOString(),
    });
    const parked = await eventually(() => {
      const letters = probe
        .messages(`${Topic.KitchenEvents}.dlq`)
        .filter((m) => m.key === order.id);
      return letters.length >= 2 ? letters : undefined;
    });
    expect(parked[0].value).toBe('this is not json {');
    expect(parked[0].headers[Header.DlqError]).toMatch(/not a JSON object/);
    expect(parked[1].headers[Header.DlqError]).toMatch(/orderId must be a UUID/);
    expect(parked[1].headers[Header.DlqSourceTopic]).toBe(Topic.KitchenEvents);
    const cooking = await eventually(async () => {
      const res = await system.http.get(`/v1/orders/${order.id}`, { token });
      return res.body.status === 'cooking' ? res.body : undefined;
    });
    expect(cooking.status).toBe('cooking');
  });

  it('parks an impossible event and never moves the order', async () => {
    const { token } = await signUp(system.http);
    const { body: order } = await system.http.post('/v1/orders', cashOrder(), {
      token,
      headers: { 'idempotency-key': randomUUID() },
    });
    const event = await probe.sendEvent(Topic.CourierEvents, 'courier.delivered', order.id, {
      orderId: order.id,
      at: new Date().toISOString(),
    });
    const parked = await probe.waitFor(`${Topic.CourierEvents}.dlq`, (m) => m.key === order.id);
    expect(parked.json().id).toBe(event.id);
    expect(parked.headers[Header.DlqError]).toMatch(/delivered is not possible while processing/);
    const res = await system.http.get(`/v1/orders/${order.id}`, { token });
    expect(res.body.status).toBe('processing');
  });

  it('carries the request id from HTTP into the log lines of the service that did the work', async () => {
    const { token } = await signUp(system.http);
    const requestId = randomUUID();
    const placed = await system.http.post('/v1/orders', cashOrder(), {
      token,
      headers: { 'idempotency-key': randomUUID(), [Header.RequestId]: requestId },
    });
    expect(placed.headers.get(Header.RequestId)).toBe(requestId);
    const notified = await eventually(() =>
      system
        .app('notifications')
        .logRecords()
        .find((r) => r.requestId === requestId),
    );
    expect(notified.service).toBe('notifications');
    const event = await probe.waitFor(Topic.Orders, (m) => m.key === placed.body.id);
    expect(event.headers[Header.RequestId]).toBe(requestId);
  });

  it('answers 504 instead of hanging when a service does not reply', async () => {
    const { token } = await signUp(system.http);
    await system.app('orders').stop();
    const started = Date.now();
    const res = await system.http.get('/v1/restaurants', { token });
    expect(res.status).toBe(504);
    expect(res.body.code).toBe('upstream_timeout');
    expect(Date.now() - started).toBeLessThan(10_000);
    await system.restart('orders');
    expect((await system.http.get('/v1/restaurants', { token })).status).toBe(200);
  });

  it('exits non-zero with a clear message on bad configuration', async () => {
    const app = await spawnApp('payments', {
      DATABASE_URL: 'mysql://nope',
      KAFKA_BROKERS: 'not a broker list',
    });
    const exit = await app.exited;
    expect(exit.code).not.toBe(0);
    const output = app.lines().join('\n');
    expect(output).toMatch(/DATABASE_URL/);
    expect(output).toMatch(/KAFKA_BROKERS/);
  });

  it('exits non-zero within seconds when Kafka cannot be reached', async () => {
    const app = await spawnApp('payments', {
      DATABASE_URL: system.databases.payments!.url,
      KAFKA_BROKERS: '127.0.0.1:1',
    });
    const exit = await app.exited;
    expect(exit.code).not.toBe(0);
    expect(app.lines().join('\n')).toMatch(/failed to start.*(ECONNREFUSED|connect)/i);
  });

  it('exits non-zero within seconds when the database cannot be reached', async () => {
    const app = await spawnApp('payments', {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none',
    });
    const exit = await app.exited;
    expect(exit.code).not.toBe(0);
    expect(app.lines().join('\n')).toMatch(/failed to start/);
  });
});
