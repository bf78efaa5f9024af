import { ITopicConfig } from 'kafkajs';
import type { TopicSpec } from '@app/contracts';
import { quietAdmin, waitForKafka } from './kafka-admin';

export type { TopicSpec };

/**
 * Creates the topics that are missing (replication factor 1, a local single broker) and waits
 * for their partition leaders. Safe to run on every start: an existing topic keeps its
 * partitions, except that a growable one with fewer than the spec gets more; any other
 * difference is reported, not changed.
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
      // kafkajs's own waitForLeaders gives up on the UNKNOWN_TOPIC_OR_PARTITION a KRaft broker
      // answers for a moment after creating a topic; ours retries it.
      await admin.createTopics({ topics: missing, waitForLeaders: false, timeout: 30_000 });
      await waitForLeaders(
        admin,
        missing.map((t) => ({ topic: t.topic, count: t.numPartitions ?? 1 })),
      );
    }
    await reconcilePartitions(
      admin,
      specs.filter((spec) => existing.has(spec.name)),
    );
    return missing.map((topic) => topic.topic);
  } finally {
    await admin.disconnect();
  }
}

async function reconcilePartitions(
  admin: ReturnType<typeof quietAdmin>,
  specs: readonly TopicSpec[],
): Promise<void> {
  if (specs.length === 0) return;
  const { topics } = await admin.fetchTopicMetadata({ topics: specs.map((spec) => spec.name) });
  const grow: { topic: string; count: number }[] = [];
  for (const topic of topics) {
    const spec = specs.find((s) => s.name === topic.name);
    const has = topic.partitions.length;
    if (!spec || has === spec.partitions) continue;
    if (spec.growable && has < spec.partitions) {
      grow.push({ topic: topic.name, count: spec.partitions });
      process.stderr.write(
        `[infra] topic ${topic.name}: ${has} -> ${spec.partitions} partitions\n`,
      );
    } else {
      process.stderr.write(
        `[infra] topic ${topic.name} has ${has} partitions, spec says ${spec.partitions}\n`,
      );
    }
  }
  if (grow.length > 0) {
    await admin.createPartitions({ topicPartitions: grow, validateOnly: false, timeout: 30_000 });
    await waitForLeaders(admin, grow);
  }
}

/** Until every partition of the topics exists and has a leader: clients need both. */
async function waitForLeaders(
  admin: ReturnType<typeof quietAdmin>,
  wanted: readonly { topic: string; count: number }[],
): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const { topics } = await admin.fetchTopicMetadata({ topics: wanted.map((w) => w.topic) });
      const ready = wanted.every((w) => {
        const partitions = topics.find((t) => t.name === w.topic)?.partitions ?? [];
        return partitions.length === w.count && partitions.every((p) => p.leader >= 0);
      });
      if (ready) return;
    } catch (error) {
      if (Date.now() > deadline) throw error; // metadata lags while partitions are created
    }
    if (Date.now() > deadline) throw new Error('new partitions got no leader within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
