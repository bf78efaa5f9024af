import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { freePorts } from '../free-port';
import { infraLog, secondsSince } from '../infra-log';
import { stopKafkaAt } from '../kafka-server';
import { provisionTopics, TopicSpec } from '../kafka-topics';
import { startLocalInfra } from '../local-infra';
import { localDir } from '../paths';
import { stopPostgresAt } from '../postgres-server';
import { isAlive } from '../process-control';
import {
  readTestInfraState,
  TestEnv,
  TestInfraState,
  writeTestInfraState,
} from './test-infra-state';

const TEST_DIR_PREFIX = 'test-';

/**
 * Starts Kafka and PostgreSQL for one jest run in `.local/test-<pid>/` on free ports (unless
 * KAFKA_BROKERS / DATABASE_URL name external servers), provisions the topics and exports
 * TEST_KAFKA_BROKERS, TEST_ADMIN_DATABASE_URL and TEST_INFRA_STATE to the tests.
 */
export async function startTestInfra(topics: readonly TopicSpec[]): Promise<TestInfraState> {
  const startedAt = Date.now();
  await reapAbandonedTestDirs();
  const dir = localDir(`${TEST_DIR_PREFIX}${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });

  const [kafkaPort, kafkaControllerPort, postgresPort] = await freePorts(3);
  // Attached (not detached): a Ctrl-C on the jest run takes the servers down with it.
  const infra = await startLocalInfra({
    dir,
    kafkaPort,
    kafkaControllerPort,
    postgresPort,
    durable: false,
  });
  try {
    await provisionTopics(infra.kafkaBrokers, topics);
  } catch (error) {
    await infra.stop();
    throw error;
  }

  const state: TestInfraState = {
    ownerPid: process.pid,
    dir,
    kafkaBrokers: infra.kafkaBrokers,
    adminDatabaseUrl: infra.adminDatabaseUrl,
    kafka: infra.kafka && {
      dataDir: infra.kafka.options.dataDir,
      port: infra.kafka.options.port,
      controllerPort: infra.kafka.options.controllerPort,
    },
    postgres: infra.postgres && { dataDir: path.join(dir, 'postgres') },
  };
  const stateFile = path.join(dir, 'state.json');
  writeTestInfraState(stateFile, state);
  process.env[TestEnv.KafkaBrokers] = state.kafkaBrokers.join(',');
  process.env[TestEnv.AdminDatabaseUrl] = state.adminDatabaseUrl;
  process.env[TestEnv.StateFile] = stateFile;
  infraLog(`test infrastructure ready in ${secondsSince(startedAt)} (${dir})`);
  return state;
}

/** Stops the servers recorded in the state file (a test may have restarted Kafka) and removes the dir. */
export async function stopTestInfra(): Promise<void> {
  const file = process.env[TestEnv.StateFile];
  if (!file || !existsSync(file)) return;
  await stopTestDir(readTestInfraState(file).dir);
}

async function stopTestDir(dir: string): Promise<void> {
  await stopKafkaAt(path.join(dir, 'kafka'));
  await stopPostgresAt(path.join(dir, 'postgres'));
  rmSync(dir, { recursive: true, force: true });
}

/** Runs killed before their teardown (Ctrl-C, SIGKILL, a crash) leave servers and data behind. */
async function reapAbandonedTestDirs(): Promise<void> {
  const root = localDir();
  if (!existsSync(root)) return;
  for (const entry of readdirSync(root)) {
    const ownerPid = Number(entry.slice(TEST_DIR_PREFIX.length));
    if (!entry.startsWith(TEST_DIR_PREFIX) || !(ownerPid > 0) || isAlive(ownerPid)) continue;
    infraLog(`cleaning up ${entry} left by an interrupted test run`);
    await stopTestDir(path.join(root, entry));
  }
}
