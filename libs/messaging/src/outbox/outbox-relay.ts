import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { Kafka, Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { OutboxMessage } from './outbox-message.entity';
import { KAFKA_CLIENT } from '../tokens';
import { PRODUCER_DEFAULTS } from '../kafka/kafka-config';

const BATCH = 500;
const IDLE_POLL_MS = 250;
const MAX_BACKOFF_MS = 5000;
/** Only one relay per database publishes at a time, so per-key order survives replicas. */
const RELAY_LOCK_ID = 0x0b0c_5e1a;

/**
 * Publishes committed outbox rows to Kafka in insertion order and deletes them once the broker
 * has acknowledged them. A row whose publish fails stays, and is retried with backoff, so an
 * event written while Kafka is down goes out when it is back (at least once; consumers dedupe).
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private producer: Producer;
  private running = false;
  private loop?: Promise<void>;
  private wakeUp?: () => void;
  private interrupt?: () => void;
  private pendingWake = false;
  private failures = 0;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(KAFKA_CLIENT) kafka: Kafka,
  ) {
    this.producer = kafka.producer({
      ...PRODUCER_DEFAULTS,
      // One request in flight keeps per-partition order. Not kafkajs's idempotent mode: it
      // wants unbounded retries, and the relay retries itself (consumers dedupe by event id).
      maxInFlightRequests: 1,
      retry: { retries: 2, initialRetryTime: 200 },
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.producer.connect();
    this.running = true;
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.interrupt?.();
    await this.loop;
    await this.producer.disconnect().catch(() => undefined);
  }

  wake(): void {
    this.pendingWake = true;
    this.wakeUp?.();
  }

  private async run(): Promise<void> {
    while (this.running) {
      let published = 0;
      try {
        published = await this.publishBatch();
        if (this.failures > 0)
          this.logger.log(`outbox relay recovered after ${this.failures} failed attempts`);
        this.failures = 0;
      } catch (error) {
        this.failures += 1;
        const wait = Math.min(MAX_BACKOFF_MS, 200 * 2 ** Math.min(this.failures, 5));
        this.logger.warn(
          `outbox publish failed (attempt ${this.failures}), retrying in ${wait} ms: ${String(error)}`,
        );
        await this.sleep(wait, false);
        continue;
      }
      if (published < BATCH) await this.sleep(IDLE_POLL_MS, true);
    }
  }

  /** Publishes up to one batch; returns how many rows went out. */
  private publishBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [
        RELAY_LOCK_ID,
      ]);
      if (!locked) return 0;
      const rows = await manager
        .getRepository(OutboxMessage)
        .createQueryBuilder('m')
        .orderBy('m.seq', 'ASC')
        .limit(BATCH)
        .getMany();
      if (rows.length === 0) return 0;
      await this.producer.sendBatch({
        acks: -1,
        topicMessages: groupByTopic(rows),
      });
      await manager.delete(
        OutboxMessage,
        rows.map((r) => r.seq),
      );
      return rows.length;
    });
  }

  /** Waits `ms`; `wake()` cuts a wakeable wait short, shutdown cuts any wait short. */
  private sleep(ms: number, wakeable: boolean): Promise<void> {
    if (!this.running) return Promise.resolve();
    if (wakeable && this.pendingWake) {
      this.pendingWake = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wakeUp = undefined;
        this.interrupt = undefined;
        this.pendingWake = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.interrupt = done;
      if (wakeable) this.wakeUp = done;
    });
  }
}

/** Keeps insertion order within each topic, which keeps it within each key's partition. */
function groupByTopic(rows: OutboxMessage[]) {
  const byTopic = new Map<
    string,
    { key: string; value: string; headers: Record<string, string> }[]
  >();
  for (const row of rows) {
    const messages = byTopic.get(row.topic) ?? [];
    messages.push({ key: row.key, value: row.value, headers: row.headers });
    byTopic.set(row.topic, messages);
  }
  return [...byTopic].map(([topic, messages]) => ({ topic, messages }));
}
