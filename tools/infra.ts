/**
 * Local infrastructure without the apps, for running an app from an IDE or debugging Kafka:
 *   node dist/tools/infra.js install-kafka   fetch Kafka from Maven Central into .local/ (once)
 *   node dist/tools/infra.js up              Kafka + PostgreSQL of `npm start`, until Ctrl-C
 *   node dist/tools/infra.js down            stop servers a crashed launcher left running
 *   node dist/tools/infra.js reset           down, then delete .local/dev (all local data)
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
// Only the topic list: the contracts barrel also loads every payload class (and needs reflect-metadata).
import { allTopicSpecs } from '@app/contracts/topics';
import { ensureKafkaInstalled, localDir, stopKafkaAt, stopPostgresAt } from '@app/local-infra';
import { devApps, startDevInfra } from '@app/local-infra/launcher';

async function up(): Promise<void> {
  const apps = devApps();
  const { infra, databaseUrls } = await startDevInfra(allTopicSpecs(), apps);
  process.stdout.write(`KAFKA_BROKERS=${infra.kafkaBrokers.join(',')}\n`);
  for (const app of apps)
    process.stdout.write(`${app.name}: DATABASE_URL=${databaseUrls[app.name]}\n`);
  process.stdout.write('Ctrl-C stops Kafka and PostgreSQL.\n');
  // The servers are detached and unref'd: without this the process would exit right away.
  const keepAlive = setInterval(() => undefined, 1 << 30);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    clearInterval(keepAlive);
    void infra.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function down(): Promise<void> {
  await stopKafkaAt(localDir('dev', 'kafka'));
  await stopPostgresAt(localDir('dev', 'postgres'));
}

const commands: Record<string, () => Promise<void>> = {
  'install-kafka': async () => void (await ensureKafkaInstalled()),
  up,
  down,
  reset: async () => {
    await down();
    rmSync(localDir('dev'), { recursive: true, force: true });
  },
};

const command = commands[process.argv[2] ?? ''];
if (!command) {
  process.stderr.write(
    `usage: node ${path.relative(process.cwd(), __filename)} ${Object.keys(commands).join('|')}\n`,
  );
  process.exit(2);
}
command().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
