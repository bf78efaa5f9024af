/**
 * `npm run bench:orders`: ordering throughput and live-tracking delay against a running system
 * (`npm start`). Prints orders placed/s, order reads/s, /health/live/s (each with p50/p99) and the
 * delay from a platform event on Kafka to the customer's SSE stream.
 *
 * Env: GATEWAY_URL (http://127.0.0.1:3000), KAFKA_BROKERS (127.0.0.1:9092), BENCH_DURATION_S (30),
 * BENCH_CONNECTIONS (50 customers), BENCH_SSE_S (20).
 */
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import { autocannon, CannonResult, fmt, json, mapLimit, percentile } from './bench-support';
import { SseClient } from './sse-client';

const GATEWAY = process.env.GATEWAY_URL ?? 'http://127.0.0.1:3000';
const BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 30);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SSE_S = Number(process.env.BENCH_SSE_S ?? 20);
const LOCATIONS_PER_ORDER_PER_S = 1;

interface Customer {
  id: string;
  token: string;
}

interface PlacedOrder {
  id: string;
  customerId: string;
}

const octet = () => Math.floor(Math.random() * 254) + 1;

const log = (message: string) => process.stderr.write(`[bench:orders] ${message}\n`);

async function signUpCustomers(count: number): Promise<Customer[]> {
  return mapLimit(Array.from({ length: count }), 4, async () => {
    const res = await json<{ customer: { id: string }; session: { token: string } }>(
      `${GATEWAY}/v1/auth/signup`,
      {
        method: 'POST',
        // Customers sign up from many addresses; one address would meet the sign-up throttle.
        headers: { 'x-forwarded-for': `10.${octet()}.${octet()}.${octet()}` },
        body: {
          email: `bench-${randomUUID()}@example.test`,
          password: 'a long enough bench secret',
          name: 'Bench Customer',
        },
      },
    );
    if (res.status !== 201)
      throw new Error(`signup failed: ${res.status} ${JSON.stringify(res.body)}`);
    return { id: res.body.customer.id, token: res.body.session.token };
  });
}

interface MenuItem {
  id: string;
  available?: boolean;
}

/**
 * One order body per available item across all restaurants: real traffic spreads over the menu,
 * and orders for one item all queue on the same ingredient rows.
 */
async function orderBodies(token: string): Promise<string[]> {
  const restaurants = await json<{ items: { id: string; openNow: boolean }[] }>(
    `${GATEWAY}/v1/restaurants`,
    { token },
  );
  const bodies: string[] = [];
  for (const { id: restaurantId } of restaurants.body.items.filter((r) => r.openNow)) {
    const menu = await json<{ categories: { items: MenuItem[] }[] }>(
      `${GATEWAY}/v1/restaurants/${restaurantId}/menu`,
      { token },
    );
    for (const item of menu.body.categories.flatMap((c) => c.items)) {
      if (item.available === false) continue;
      bodies.push(
        JSON.stringify({
          restaurantId,
          items: [{ menuItemId: item.id, quantity: 1 }],
          deliveryAddress: { line1: '1 Bench Street', city: 'Berlin', lat: 52.51, lng: 13.4 },
          paymentMethod: 'cash',
        }),
      );
    }
  }
  if (bodies.length === 0) throw new Error('no open restaurant has anything available');
  return bodies;
}

function report(name: string, result: CannonResult): void {
  const failed = result.non2xx + result.errors + result.timeouts;
  log(
    `${name}: ${fmt(result.requests.average)} req/s, p50 ${result.latency.p50} ms, ` +
      `p99 ${result.latency.p99} ms, ${result.requests.total} requests, ${failed} failed`,
  );
}

const failures = new Map<number, string>();
/** The first body of each failing status, so a broken run says why. */
function noteFailure(status: number, body: string): void {
  if (failures.has(status)) return;
  failures.set(status, body.slice(0, 300));
  log(`HTTP ${status}: ${body.slice(0, 300)}`);
}

async function placeOrders(customers: Customer[], bodies: string[], durationS: number) {
  const placed: PlacedOrder[] = [];
  let next = 0;
  const result = await autocannon({
    url: GATEWAY,
    connections: CONNECTIONS,
    duration: durationS,
    requests: [
      {
        method: 'POST',
        path: '/v1/orders',
        // Round-robin over the customers; every request is a new order with its own key.
        setupRequest: (request) => {
          const n = next++;
          return {
            ...request,
            body: bodies[n % bodies.length],
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${customers[n % customers.length].token}`,
              'idempotency-key': randomUUID(),
            },
          };
        },
        onResponse: (status, responseBody) => {
          if (status !== 201) {
            noteFailure(status, responseBody);
            return;
          }
          const order = JSON.parse(responseBody) as { id: string; customerId?: string };
          placed.push({ id: order.id, customerId: order.customerId ?? '' });
        },
      },
    ],
  });
  return { result, placed };
}

async function readOrders(orders: { id: string; token: string }[], durationS: number) {
  let next = 0;
  return autocannon({
    url: GATEWAY,
    connections: CONNECTIONS,
    duration: durationS,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          const order = orders[next++ % orders.length];
          return {
            ...request,
            path: `/v1/orders/${order.id}`,
            headers: { authorization: `Bearer ${order.token}` },
          };
        },
      },
    ],
  });
}

/** Platform events produced here, each timed from just before the produce call. */
class PlatformProducer {
  private readonly kafka = new Kafka({
    clientId: 'bench-orders',
    brokers: BROKERS,
    logLevel: logLevel.NOTHING,
  });
  private readonly producer: Producer = this.kafka.producer({
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  private readonly connected = this.producer.connect();

  async send(topic: string, type: string, orderId: string, extra: object = {}): Promise<void> {
    await this.connected;
    const event = {
      specversion: '1.0',
      id: randomUUID(),
      source: '/bench',
      type,
      time: new Date().toISOString(),
      subject: orderId,
      datacontenttype: 'application/json',
      data: { orderId, at: new Date().toISOString(), ...extra },
    };
    await this.producer.send({
      topic,
      messages: [{ key: orderId, value: JSON.stringify(event) }],
    });
  }

  async close(): Promise<void> {
    await this.producer.disconnect();
  }
}

const until = async (what: string, check: () => boolean | Promise<boolean>, timeoutMs = 30_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

/**
 * One order per customer, each customer with an open stream: kitchen and courier events go to
 * Kafka, and the delay is measured until the matching frame arrives on the stream.
 */
async function measureSse(orders: { id: string; token: string }[], seconds: number) {
  const producer = new PlatformProducer();
  const sentAt = new Map<string, number>();
  const delays: number[] = [];
  const streams = await Promise.all(
    orders.map((o) => SseClient.open(`${GATEWAY}/v1/orders/stream`, { token: o.token })),
  );
  const record = (key: string, receivedAt: number) => {
    const sent = sentAt.get(key);
    if (sent === undefined) return;
    sentAt.delete(key);
    delays.push(receivedAt - sent);
  };
  for (const stream of streams) {
    stream.onMessage((m) => {
      const data = JSON.parse(m.data) as { orderId: string; to?: string; at?: string };
      if (m.event === 'order.status_changed') record(`${data.orderId}|${data.to}`, m.receivedAt);
      if (m.event === 'order.courier_location') record(`${data.orderId}|${data.at}`, m.receivedAt);
    });
  }
  const timed = async (key: string, send: () => Promise<void>) => {
    sentAt.set(key, performance.now());
    await send();
  };

  // Kitchen: cooking (measured), ready; courier: picked up (measured as in_delivery).
  await mapLimit(orders, 10, (o) =>
    timed(`${o.id}|cooking`, () =>
      producer.send('kitchen.events.v1', 'kitchen.cooking_started', o.id),
    ),
  );
  await mapLimit(orders, 10, (o) => producer.send('kitchen.events.v1', 'kitchen.ready', o.id));
  await until('orders to be ready', async () => {
    const ready = await mapLimit(orders, 10, async (o) => {
      const res = await json<{ statusHistory: { milestone: string }[] }>(
        `${GATEWAY}/v1/orders/${o.id}`,
        { token: o.token },
      );
      return res.body.statusHistory.some((h) => h.milestone === 'ready');
    });
    return ready.every(Boolean);
  });
  await mapLimit(orders, 10, (o) =>
    timed(`${o.id}|in_delivery`, () =>
      producer.send('courier.events.v1', 'courier.picked_up', o.id),
    ),
  );
  await until(
    'orders to be in delivery',
    () => !orders.some((o) => sentAt.has(`${o.id}|in_delivery`)),
  );

  // Courier locations, spread evenly: every order moves once a second.
  const perSecond = orders.length * LOCATIONS_PER_ORDER_PER_S;
  const total = perSecond * seconds;
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const order = orders[i % orders.length];
    const at = new Date(Date.now() + i).toISOString(); // unique per event: the match key
    void timed(`${order.id}|${at}`, () =>
      producer.send('courier.events.v1', 'courier.location', order.id, {
        lat: 52.5,
        lng: 13.4,
        at,
      }),
    );
  }
  await until('the last locations', () => sentAt.size === 0, 10_000).catch(() => undefined);
  const lost = sentAt.size;
  streams.forEach((s) => s.close());
  await producer.close();
  return { delays: delays.sort((a, b) => a - b), lost };
}

async function main(): Promise<void> {
  const ready = await fetch(`${GATEWAY}/health/ready`).catch(() => undefined);
  if (ready?.status !== 200)
    throw new Error(`no ready gateway at ${GATEWAY} (start one: npm start)`);
  log(
    `gateway ${GATEWAY}, kafka ${BROKERS.join(',')}, ${CONNECTIONS} customers, ${DURATION_S} s per phase`,
  );
  const customers = await signUpCustomers(CONNECTIONS);
  const tokenOf = new Map(customers.map((c) => [c.id, c.token]));
  const bodies = await orderBodies(customers[0].token);

  log('warming up (5 s)');
  await placeOrders(customers, bodies, 5);

  log('placing orders');
  const { result: placing, placed } = await placeOrders(customers, bodies, DURATION_S);
  report('POST /v1/orders', placing);
  if (placed.length === 0) throw new Error('no order was placed');
  const readable = placed.map((o) => ({ id: o.id, token: tokenOf.get(o.customerId) ?? '' }));

  log('reading orders');
  const reading = await readOrders(readable, DURATION_S);
  report('GET /v1/orders/{id}', reading);

  log('health/live for scale');
  const live = await autocannon({
    url: `${GATEWAY}/health/live`,
    connections: CONNECTIONS,
    duration: Math.max(5, Math.round(DURATION_S / 3)),
  });
  report('GET /health/live', live);

  log('SSE delay');
  const firstPerCustomer = new Map<string, { id: string; token: string }>();
  for (const o of readable) if (!firstPerCustomer.has(o.token)) firstPerCustomer.set(o.token, o);
  const sse = await measureSse([...firstPerCustomer.values()], SSE_S);

  const line = (name: string, perS: string, p50: string, p99: string, goal: string) =>
    `${name.padEnd(28)}${perS.padStart(10)}${p50.padStart(10)}${p99.padStart(10)}   ${goal}`;
  const rows = [
    line('', 'per s', 'p50 ms', 'p99 ms', 'goal'),
    line(
      'POST /v1/orders',
      fmt(placing.requests.average),
      String(placing.latency.p50),
      String(placing.latency.p99),
      '>= 300/s at p99 <= 150 ms',
    ),
    line(
      'GET /v1/orders/{id}',
      fmt(reading.requests.average),
      String(reading.latency.p50),
      String(reading.latency.p99),
      '>= 1500/s at p99 <= 50 ms',
    ),
    line(
      'SSE delay (Kafka -> client)',
      fmt(sse.delays.length / SSE_S),
      fmt(percentile(sse.delays, 50), 1),
      fmt(percentile(sse.delays, 99), 1),
      `p99 <= 500 ms (${sse.delays.length} events, ${sse.lost} not seen)`,
    ),
    line(
      'GET /health/live',
      fmt(live.requests.average),
      String(live.latency.p50),
      String(live.latency.p99),
      'for scale',
    ),
  ];
  process.stdout.write(`\n${rows.join('\n')}\n`);
  const failures = [placing, reading, live].map((r) => r.non2xx + r.errors + r.timeouts);
  if (failures.some((f) => f > 0))
    log(`failed requests (orders, reads, live): ${failures.join(', ')}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(`failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
