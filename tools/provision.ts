/**
 * Provisions an existing Kafka cluster (and, optionally, PostgreSQL databases) for the apps:
 *   KAFKA_BROKERS=host:9092 node dist/tools/provision.js
 *   KAFKA_BROKERS=... DATABASE_URL=postgres://admin@host/postgres node dist/tools/provision.js
 * Creates every topic with its partition count (the broker never auto-creates) and, with
 * DATABASE_URL, one database per app. Idempotent: run it on every deploy (docker compose, the
 * Kubernetes topic-provisioning Job).
 */
import { allTopicSpecs } from '@app/contracts/topics';
// Only these two files: the rest of local-infra runs local servers the image does not ship.
import { provisionTopics } from '@app/local-infra/kafka-topics';
import { ensureDatabase } from '@app/local-infra/postgres-databases';

const APPS = ['gateway', 'orders', 'payments', 'notifications'] as const;

async function main(): Promise<void> {
  const brokers = (process.env.KAFKA_BROKERS ?? '').split(',').filter(Boolean);
  if (brokers.length === 0) throw new Error('KAFKA_BROKERS is required (host:port[,host:port])');
  const topics = allTopicSpecs();
  await provisionTopics(brokers, topics);
  process.stdout.write(`[provision] ${topics.length} topics present on ${brokers.join(',')}\n`);
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) return;
  const prefix = process.env.DATABASE_PREFIX ?? 'customerbackend';
  for (const app of APPS) {
    await ensureDatabase(adminUrl, `${prefix}_${app}`);
    process.stdout.write(`[provision] database ${prefix}_${app} present\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `[provision] failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
