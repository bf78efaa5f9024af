import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { DataSource } from 'typeorm';
import { Topic } from '@app/contracts';
import {
  MESSAGING_ENTITIES,
  MESSAGING_MIGRATIONS,
  Outbox,
  OutboxMessage,
  OutboxRelay,
} from '@app/messaging';
import {
  freshDatabase,
  FreshDatabase,
  KafkaProbe,
  startTestKafka,
  stopTestKafka,
  testKafkaBrokers,
} from '@app/testing';

/** The transactional outbox against a real PostgreSQL and a real broker that goes away. */
describe('outbox relay', () => {
  let db: FreshDatabase;
  let dataSource: DataSource;
  let relay: OutboxRelay;
  let outbox: Outbox;
  let probe: KafkaProbe;

  beforeAll(async () => {
    db = await freshDatabase('outbox');
    dataSource = new DataSource({
      type: 'postgres',
      url: db.url,
      entities: MESSAGING_ENTITIES,
      migrations: MESSAGING_MIGRATIONS,
    });
    await dataSource.initialize();
    await dataSource.runMigrations();
    const kafka = new Kafka({
      brokers: testKafkaBrokers(),
      clientId: 'outbox-test',
      logLevel: logLevel.NOTHING,
    });
    relay = new OutboxRelay(dataSource, kafka);
    outbox = new Outbox('outbox-test', relay);
    await relay.onApplicationBootstrap();
    probe = new KafkaProbe();
    await probe.listen([Topic.Customers]);
  });

  afterAll(async () => {
    await relay?.onApplicationShutdown();
    await probe?.close();
    await dataSource?.destroy();
    await db?.cleanup();
  });

  const register = (customerId: string, name: string) =>
    dataSource.transaction((m) =>
      outbox.add(m, 'customer.registered', customerId, {
        customerId,
        email: `${name}@example.test`,
        name,
        at: new Date().toISOString(),
      }),
    );

  it('publishes a committed event as a CloudEvent keyed by its subject', async () => {
    const customerId = randomUUID();
    const event = await register(customerId, 'first');
    outbox.flushSoon();
    const seen = await probe.waitFor(Topic.Customers, (m) => m.key === customerId);
    expect(seen.json()).toEqual(event);
  });

  it('publishes nothing for a transaction that rolls back', async () => {
    const customerId = randomUUID();
    await expect(
      dataSource.transaction(async (m) => {
        await outbox.add(m, 'customer.registered', customerId, {
          customerId,
          email: 'rolled@example.test',
          name: 'rolled back',
          at: new Date().toISOString(),
        });
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    const marker = randomUUID();
    await register(marker, 'marker');
    await probe.waitFor(Topic.Customers, (m) => m.key === marker);
    expect(probe.messages(Topic.Customers).filter((m) => m.key === customerId)).toHaveLength(0);
  });

  it('keeps events written while Kafka is down and publishes them, in order, once it is back', async () => {
    await stopTestKafka();
    const customerId = randomUUID();
    try {
      for (const name of ['one', 'two', 'three']) {
        await dataSource.transaction((m) =>
          outbox.add(m, 'customer.updated', customerId, {
            customerId,
            changed: [name],
            at: new Date().toISOString(),
          }),
        );
      }
      expect(await dataSource.getRepository(OutboxMessage).countBy({ key: customerId })).toBe(3);
    } finally {
      await startTestKafka();
    }
    const seen = await probe.waitFor(
      Topic.Customers,
      () => probe.messages(Topic.Customers).filter((m) => m.key === customerId).length >= 3,
      60_000,
    );
    expect(seen).toBeDefined();
    const changed = probe
      .messages(Topic.Customers)
      .filter((m) => m.key === customerId)
      .map((m) => m.json<{ data: { changed: string[] } }>().data.changed[0]);
    expect(changed.slice(0, 3)).toEqual(['one', 'two', 'three']);
    expect(await dataSource.getRepository(OutboxMessage).countBy({ key: customerId })).toBe(0);
  });
});
