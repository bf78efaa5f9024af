import { Admin, Kafka, logLevel } from 'kafkajs';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A quiet admin client: kafkajs' connection-refused errors while a broker boots are only noise.
 * Pollers pass retries 0 and retry on their own schedule.
 */
export function quietAdmin(brokers: string[], retries = 0): Admin {
  return new Kafka({
    clientId: 'local-infra',
    brokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1_000,
    retry: { retries },
  }).admin();
}

export interface WaitForKafkaOptions {
  timeoutMs?: number;
  /** Polled between attempts; a reason string aborts the wait (e.g. the broker process died). */
  abortIf?: () => string | undefined;
}

/** Resolves once a broker answers metadata requests; rejects with the last error otherwise. */
export async function waitForKafka(
  brokers: string[],
  options: WaitForKafkaOptions = {},
): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  let lastError = 'no attempt made';
  for (;;) {
    const aborted = options.abortIf?.();
    if (aborted) throw new Error(aborted);
    const admin = quietAdmin(brokers);
    try {
      await admin.connect();
      const cluster = await admin.describeCluster();
      if (cluster.brokers.length > 0 && cluster.controller !== null) return;
      lastError = 'broker is up but has no active controller yet';
    } catch (error) {
      lastError = (error as Error).message;
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
    if (Date.now() >= deadline) {
      throw new Error(`Kafka at ${brokers.join(',')} not reachable: ${lastError}`);
    }
    await sleep(200);
  }
}
