import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { Topic } from '@app/contracts/topics';
import {
  freshDatabase,
  startTestKafka,
  stopTestKafka,
  testAdminDatabaseUrl,
  testKafkaBrokers,
} from '@app/testing';
import { provisionTopics } from '../kafka-topics';

// Checks the jest global setup itself: what every integration test relies on.
describe('integration test harness', () => {
  it('exports the test servers to test files', () => {
    expect(testKafkaBrokers().length).toBeGreaterThan(0);
    expect(testAdminDatabaseUrl()).toMatch(/^postgres(ql)?:\/\//);
  });

  it('provisions the contract topics before tests run', async () => {
    const admin = new Kafka({ brokers: testKafkaBrokers(), logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    try {
      const topics = await admin.listTopics();
      expect(topics).toEqual(expect.arrayContaining(Object.values(Topic)));
    } finally {
      await admin.disconnect();
    }
  });

  it('adds partitions to an existing request topic, never to an event topic', async () => {
    const [rpc, events] = [`rpc.harness-${randomUUID()}`, `harness-${randomUUID()}.v1`];
    const admin = new Kafka({ brokers: testKafkaBrokers(), logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    try {
      // What an older checkout made, provisioned again by a newer one with bigger counts.
      await provisionTopics(testKafkaBrokers(), [
        { name: rpc, partitions: 3, growable: true },
        { name: events, partitions: 3 },
      ]);
      await provisionTopics(testKafkaBrokers(), [
        { name: rpc, partitions: 12, growable: true },
        { name: events, partitions: 12 },
      ]);
      const { topics } = await admin.fetchTopicMetadata({ topics: [rpc, events] });
      const counts = Object.fromEntries(topics.map((t) => [t.name, t.partitions.length]));
      expect(counts).toEqual({ [rpc]: 12, [events]: 3 });
    } finally {
      await admin.deleteTopics({ topics: [rpc, events] }).catch(() => undefined);
      await admin.disconnect();
    }
  });

  it('creates and drops throwaway databases', async () => {
    const db = await freshDatabase('harness');
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query<{ name: string }>('SELECT current_database() AS name');
    await client.end();
    expect(rows[0].name).toBe(db.name);
    await db.cleanup();

    const admin = new Client({ connectionString: testAdminDatabaseUrl() });
    await admin.connect();
    const left = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [db.name]);
    await admin.end();
    expect(left.rowCount).toBe(0);
  });

  it('keeps messages across a broker stop and start', async () => {
    const kafka = new Kafka({
      clientId: 'harness',
      brokers: testKafkaBrokers(),
      logLevel: logLevel.NOTHING,
    });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic: Topic.KitchenEvents,
      messages: [{ key: 'harness', value: 'before-restart' }],
    });
    await producer.disconnect();

    await stopTestKafka();
    await startTestKafka();

    const consumer = kafka.consumer({ groupId: `harness-${Date.now()}` });
    await consumer.connect();
    await consumer.subscribe({ topic: Topic.KitchenEvents, fromBeginning: true });
    const value = await new Promise<string>((resolve) => {
      void consumer.run({
        eachMessage: async ({ message }) => {
          if (message.key?.toString() === 'harness') resolve(message.value!.toString());
        },
      });
    });
    await consumer.disconnect();
    expect(value).toBe('before-restart');
  });
});
