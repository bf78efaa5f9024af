import { randomUUID } from 'node:crypto';
import { Consumer, Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import { CloudEvent } from '@app/contracts';
import { eventually } from './poll';
import { testKafkaBrokers } from './test-env';

export interface SeenMessage {
  topic: string;
  partition: number;
  key: string | null;
  value: string;
  headers: Record<string, string>;
  json<T = CloudEvent<Record<string, unknown>>>(): T;
}

/**
 * Plays the platform's other services in tests: produces events as the kitchen or courier
 * would, and records what our apps publish, read back from the real broker.
 */
export class KafkaProbe {
  private readonly kafka = new Kafka({
    brokers: testKafkaBrokers(),
    clientId: 'test-probe',
    logLevel: logLevel.NOTHING,
  });
  private producer?: Producer;
  private consumer?: Consumer;
  private readonly seen: SeenMessage[] = [];

  /** Starts recording `topics` from their current end. */
  async listen(topics: string[]): Promise<void> {
    this.consumer = this.kafka.consumer({ groupId: `probe-${randomUUID()}`, maxWaitTimeInMs: 100 });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics, fromBeginning: false });
    let fetched!: () => void;
    const firstFetch = new Promise<void>((resolve) => (fetched = resolve));
    const remove = this.consumer.on(this.consumer.events.FETCH, () => {
      remove();
      fetched();
    });
    await this.consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        const value = message.value?.toString() ?? '';
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(message.headers ?? {}))
          if (v !== undefined) headers[k] = String(v);
        this.seen.push({
          topic,
          partition,
          key: message.key?.toString() ?? null,
          value,
          headers,
          json: <T>() => JSON.parse(value) as T,
        });
      },
    });
    await firstFetch;
  }

  messages(topic?: string): SeenMessage[] {
    return this.seen.filter((m) => !topic || m.topic === topic);
  }

  /** Waits for a recorded message on `topic` that matches. */
  waitFor(
    topic: string,
    match: (m: SeenMessage) => boolean,
    timeoutMs = 15_000,
  ): Promise<SeenMessage> {
    return eventually(() => this.messages(topic).find(match), {
      timeoutMs,
      what: `a message on ${topic}`,
    });
  }

  async send(
    topic: string,
    key: string | null,
    value: string | object,
    headers: Record<string, string> = {},
  ): Promise<void> {
    if (!this.producer) {
      this.producer = this.kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
      await this.producer.connect();
    }
    await this.producer.send({
      topic,
      messages: [
        { key, value: typeof value === 'string' ? value : JSON.stringify(value), headers },
      ],
    });
  }

  /** Produces a CloudEvent as another platform service would; returns it. */
  async sendEvent(
    topic: string,
    type: string,
    subject: string,
    data: object,
    id = randomUUID(),
  ): Promise<CloudEvent<object>> {
    const event: CloudEvent<object> = {
      specversion: '1.0',
      id,
      source: '/test-platform',
      type,
      time: new Date().toISOString(),
      subject,
      datacontenttype: 'application/json',
      data,
    };
    await this.send(topic, subject, event);
    return event;
  }

  async close(): Promise<void> {
    await this.consumer?.disconnect();
    await this.producer?.disconnect();
  }
}
