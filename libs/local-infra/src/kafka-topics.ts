import { ITopicConfig } from 'kafkajs';
import { quietAdmin, waitForKafka } from './kafka-admin';

export interface TopicSpec {
  name: string;
  partitions: number;
}

/**
 * Creates the topics that are missing (replication factor 1, a local single broker) and waits
 * for their partition leaders. Existing topics are left alone, so this is safe to run on every
 * start; a partition count that differs from the spec is reported, not changed.
 */
export async function provisionTopics(
  brokers: string[],
  specs: readonly TopicSpec[],
): Promise<string[]> {
  await waitForKafka(brokers, { timeoutMs: 30_000 });
  const admin = quietAdmin(brokers, 5);
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing: ITopicConfig[] = specs
      .filter((spec) => !existing.has(spec.name))
      .map((spec) => ({ topic: spec.name, numPartitions: spec.partitions, replicationFactor: 1 }));
    if (missing.length > 0) {
      await admin.createTopics({ topics: missing, waitForLeaders: true, timeout: 30_000 });
    }
    await warnOnPartitionDrift(
      admin,
      specs.filter((spec) => existing.has(spec.name)),
    );
    return missing.map((topic) => topic.topic);
  } finally {
    await admin.disconnect();
  }
}

async function warnOnPartitionDrift(
  admin: ReturnType<typeof quietAdmin>,
  specs: readonly TopicSpec[],
): Promise<void> {
  if (specs.length === 0) return;
  const { topics } = await admin.fetchTopicMetadata({ topics: specs.map((spec) => spec.name) });
  for (const topic of topics) {
    const wanted = specs.find((spec) => spec.name === topic.name)?.partitions;
    if (wanted !== undefined && topic.partitions.length !== wanted) {
      process.stderr.write(
        `[infra] topic ${topic.name} has ${topic.partitions.length} partitions, spec says ${wanted}\n`,
      );
    }
  }
}
