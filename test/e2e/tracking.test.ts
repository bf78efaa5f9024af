import { randomUUID } from 'node:crypto';
import { Topic } from '@app/contracts';
import {
  AppProcess,
  eventually,
  HttpClient,
  KafkaProbe,
  spawnApp,
  startTestSystem,
  TestSystem,
} from '@app/testing';
import { SseClient } from '../../bench/sse-client';
import { cashOrder, SignedIn, signUp } from './support';

/** GET /v1/orders/stream against real apps, Kafka and PostgreSQL, with two gateway processes. */
describe('live order tracking over Server-Sent Events', () => {
  let system: TestSystem;
  let second: AppProcess;
  let probe: KafkaProbe;
  const streams: SseClient[] = [];

  const open = async (gateway: string, customer: SignedIn, lastEventId?: string) => {
    const stream = await SseClient.open(`${gateway}/v1/orders/stream`, {
      token: customer.token,
      lastEventId,
    });
    streams.push(stream);
    return stream;
  };

  const placeOrder = async (customer: SignedIn): Promise<string> => {
    const res = await system.http.post('/v1/orders', cashOrder(), {
      token: customer.token,
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };

  const platformEvent = (topic: string, type: string, orderId: string, extra = {}) =>
    probe.sendEvent(topic, type, orderId, { orderId, at: new Date().toISOString(), ...extra });

  const statuses = (stream: SseClient, orderId: string) =>
    stream
      .data<{ orderId: string; to: string }>('order.status_changed')
      .filter((d) => d.orderId === orderId)
      .map((d) => d.to);

  /** Everything but estimate revisions, whose number depends on the kitchen's queue. */
  const lifecycle = (stream: SseClient) =>
    stream.messages.filter((m) => m.event !== 'order.estimates_changed');

  beforeAll(async () => {
    const gatewayEnv = { STREAM_HEARTBEAT_MS: '300' };
    system = await startTestSystem({ env: { gateway: gatewayEnv } });
    // A second replica on the same database, as a Deployment with two pods would run.
    second = await spawnApp('gateway', {
      ...gatewayEnv,
      DATABASE_URL: system.databases.gateway!.url,
      KAFKA_GROUP_ID: `test-gateway-b-${randomUUID()}`,
    });
    await second.waitReady();
    probe = new KafkaProbe();
  });

  afterEach(() => streams.splice(0).forEach((s) => s.close()));

  afterAll(async () => {
    await probe?.close();
    await second?.stop();
    await system?.stop();
  });

  it('answers a stream without a valid session with problem+json', async () => {
    const res = await SseClient.open(`${system.app('gateway').baseUrl}/v1/orders/stream`, {
      token: 'forged',
    });
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(JSON.parse(res.errorBody ?? '{}')).toMatchObject({ code: 'invalid_token' });
    const bad = await open(system.app('gateway').baseUrl, await signUp(system.http), 'abc');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.errorBody ?? '{}')).toMatchObject({ code: 'invalid_last_event_id' });
  });

  it('pushes status changes and courier locations to a connected client, with heartbeats', async () => {
    const customer = await signUp(system.http);
    const stream = await open(system.app('gateway').baseUrl, customer);
    expect(stream.headers['content-type']).toContain('text/event-stream');
    const orderId = await placeOrder(customer);
    await eventually(() => stream.data('order.placed').some((d) => d.orderId === orderId), {
      what: 'order.placed on the stream',
    });

    await platformEvent(Topic.KitchenEvents, 'kitchen.cooking_started', orderId);
    await eventually(() => statuses(stream, orderId).includes('cooking'), {
      what: 'the cooking status on the stream',
    });
    // Ready minutes before the placement's estimate: the customer hears the new times.
    const readyAt = new Date().toISOString();
    await platformEvent(Topic.KitchenEvents, 'kitchen.ready', orderId, { at: readyAt });
    const [revised] = await eventually(
      () => {
        const found = stream.data('order.estimates_changed').filter((d) => d.reason === 'ready');
        return found.length > 0 ? found : undefined;
      },
      { what: 'revised estimates on the stream' },
    );
    expect(revised).toMatchObject({ orderId, estimatedReadyAt: readyAt });
    const order = await system.http.get(`/v1/orders/${orderId}`, { token: customer.token });
    expect(order.body).toMatchObject({
      estimatedReadyAt: readyAt,
      estimatedDeliveryAt: revised.estimatedDeliveryAt,
    });
    expect(Date.parse(order.body.estimatedDeliveryAt)).toBeGreaterThan(Date.parse(readyAt));
    await platformEvent(Topic.CourierEvents, 'courier.picked_up', orderId);
    await eventually(() => statuses(stream, orderId).includes('in_delivery'));
    await platformEvent(Topic.CourierEvents, 'courier.location', orderId, {
      lat: 52.52,
      lng: 13.41,
    });
    const [location] = await eventually(
      () => {
        const found = stream.data('order.courier_location');
        return found.length > 0 ? found : undefined;
      },
      { what: 'a courier location on the stream' },
    );
    expect(location).toMatchObject({ orderId, customerId: customer.customerId, lat: 52.52 });
    expect(stream.comments).toBeGreaterThan(1);
  });

  it('resumes after Last-Event-ID with exactly what the client missed', async () => {
    const customer = await signUp(system.http);
    const gateway = system.app('gateway').baseUrl;
    const first = await open(gateway, customer);
    const orderId = await placeOrder(customer);
    await eventually(() => first.messages.length > 0);
    const lastSeen = first.messages[0].id!;
    first.close();

    // While the client is away: cooking, then ready, picked up (in delivery).
    await platformEvent(Topic.KitchenEvents, 'kitchen.cooking_started', orderId);
    await platformEvent(Topic.KitchenEvents, 'kitchen.ready', orderId);
    await eventually(async () => {
      const res = await system.http.get(`/v1/orders/${orderId}`, { token: customer.token });
      return res.body.statusHistory.some((h: { milestone: string }) => h.milestone === 'ready');
    });
    await platformEvent(Topic.CourierEvents, 'courier.picked_up', orderId);
    // The other replica proves the store is shared: resume works wherever the client lands.
    const resumed = await open(second.baseUrl, customer, lastSeen);
    await eventually(() => statuses(resumed, orderId).includes('in_delivery'), {
      what: 'the missed status changes after resuming',
    });
    await platformEvent(Topic.CourierEvents, 'courier.location', orderId, { lat: 1, lng: 2 });
    await eventually(() => resumed.data('order.courier_location').length === 1);

    // Estimates revisions depend on the kitchen queue other tests left, so they are set aside.
    expect(lifecycle(resumed).map((m) => m.event)).toEqual([
      'order.status_changed',
      'order.status_changed',
      'order.courier_location',
    ]);
    expect(resumed.data('order.estimates_changed').map((d) => d.reason)).toContain('ready');
    expect(statuses(resumed, orderId)).toEqual(['cooking', 'in_delivery']);
    const ids = resumed.messages.map((m) => Number(m.id));
    expect(ids[0]).toBeGreaterThan(Number(lastSeen));
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('delivers to both gateway processes a customer is connected to, and to no one else', async () => {
    const [ada, bob] = [await signUp(system.http), await signUp(system.http)];
    const adaOnA = await open(system.app('gateway').baseUrl, ada);
    const adaOnB = await open(second.baseUrl, ada);
    const bobOnA = await open(system.app('gateway').baseUrl, bob);
    const bobOnB = await open(second.baseUrl, bob);

    const adaOrder = await placeOrder(ada);
    const bobOrder = await placeOrder(bob);
    for (const [stream, orderId] of [
      [adaOnA, adaOrder],
      [adaOnB, adaOrder],
      [bobOnA, bobOrder],
      [bobOnB, bobOrder],
    ] as const) {
      await eventually(() => stream.data('order.placed').some((d) => d.orderId === orderId), {
        what: `order ${orderId} on a stream`,
      });
    }
    // Each customer's later event arrives after the earlier one, so nothing else is in flight.
    await platformEvent(Topic.KitchenEvents, 'kitchen.cooking_started', adaOrder);
    await eventually(() => statuses(adaOnA, adaOrder).length === 1);
    await eventually(() => statuses(adaOnB, adaOrder).length === 1);

    for (const stream of [adaOnA, adaOnB]) {
      expect(stream.data().every((d) => d.customerId === ada.customerId)).toBe(true);
      expect(lifecycle(stream)).toHaveLength(2);
    }
    for (const stream of [bobOnA, bobOnB]) {
      expect(stream.data().every((d) => d.customerId === bob.customerId)).toBe(true);
      expect(lifecycle(stream)).toHaveLength(1);
    }
    // The same event has the same id on both replicas, so a client can resume on either.
    expect(adaOnA.messages.map((m) => m.id)).toEqual(adaOnB.messages.map((m) => m.id));
  });

  it('serves a followed order from each gateway and drops it there with every change', async () => {
    const ada = await signUp(system.http);
    const bob = await signUp(system.http);
    const orderId = await placeOrder(ada);
    const onA = system.http;
    const onB = new HttpClient(second.baseUrl);
    const hits = async (http: HttpClient) => {
      const res = await http.get<string>('/metrics');
      return Number(
        /^order_view_cache_lookups_total\{outcome="hit"\} (\d+)/m.exec(res.body)?.[1] ?? 0,
      );
    };
    const read = async (http: HttpClient) => {
      const res = await http.get(`/v1/orders/${orderId}`, { token: ada.token });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/json');
      return res.body;
    };
    const milestones = (order: { statusHistory: { milestone: string }[] }) =>
      order.statusHistory.map((h) => h.milestone);

    // A placed on A and keeps it; B fetches it once and keeps it too.
    const hitsOnA = await hits(onA);
    expect((await read(onA)).status).toBe('processing');
    expect(await hits(onA)).toBe(hitsOnA + 1);
    await read(onB);
    const hitsOnB = await hits(onB);
    expect((await read(onB)).status).toBe('processing');
    expect(await hits(onB)).toBe(hitsOnB + 1);
    // Another customer still gets the service's 404, never the cached order.
    const foreign = await onB.get(`/v1/orders/${orderId}`, { token: bob.token });
    expect(foreign.status).toBe(404);

    // A status change, and a milestone that changes no status, reach both caches.
    await platformEvent(Topic.KitchenEvents, 'kitchen.cooking_started', orderId);
    for (const http of [onA, onB]) {
      await eventually(async () => (await read(http)).status === 'cooking', { what: 'cooking' });
    }
    await platformEvent(Topic.KitchenEvents, 'kitchen.ready', orderId);
    for (const http of [onA, onB]) {
      await eventually(async () => milestones(await read(http)).includes('ready'), {
        what: 'the ready milestone',
      });
    }
    expect(milestones(await read(onB))).toEqual(['placed', 'cooking_started', 'ready']);
  });

  it('frees a closed connection and ends open streams on shutdown', async () => {
    const customer = await signUp(system.http);
    const gauge = async (app: AppProcess) => {
      const res = await new HttpClient(app.baseUrl).get<string>('/metrics');
      return Number(/^order_stream_connections (\d+)/m.exec(res.body)?.[1]);
    };
    const stream = await open(system.app('gateway').baseUrl, customer);
    await eventually(async () => (await gauge(system.app('gateway'))) === 1);
    stream.close();
    await eventually(async () => (await gauge(system.app('gateway'))) === 0, {
      what: 'the connection to be released',
    });

    const held = await open(second.baseUrl, customer);
    // Nest re-raises SIGTERM after its shutdown hooks; SIGKILL would mean stop() had to force it.
    const exit = await second.stop(5000);
    expect(exit.signal).toBe('SIGTERM');
    await eventually(() => held.ended);
  });
});
