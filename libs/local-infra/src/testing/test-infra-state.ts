import { readFileSync, writeFileSync } from 'node:fs';

/**
 * What the jest global setup started, written to disk because tests run in other module
 * registries (and with workers, other processes) than the setup: a handle cannot be shared,
 * a file and environment variables can.
 */
export interface TestInfraState {
  /** The jest process that owns the servers. */
  ownerPid: number;
  /** Throwaway directory removed by the global teardown. */
  dir: string;
  kafkaBrokers: string[];
  adminDatabaseUrl: string;
  /** Absent when the tests use external Kafka (KAFKA_BROKERS). */
  kafka?: { dataDir: string; port: number; controllerPort: number };
  /** Absent when the tests use an external server (DATABASE_URL). */
  postgres?: { dataDir: string };
}

/** Environment variables the global setup exports to every test file. */
export const TestEnv = {
  /** Comma-separated broker list. */
  KafkaBrokers: 'TEST_KAFKA_BROKERS',
  /** Superuser URL on the `postgres` database of the test server. */
  AdminDatabaseUrl: 'TEST_ADMIN_DATABASE_URL',
  /** Path of the JSON state file (TestInfraState). */
  StateFile: 'TEST_INFRA_STATE',
} as const;

export function writeTestInfraState(file: string, state: TestInfraState): void {
  writeFileSync(file, `${JSON.stringify(state, null, 2)}\n`);
}

export function readTestInfraState(file = process.env[TestEnv.StateFile]): TestInfraState {
  if (!file) {
    throw new Error(
      `${TestEnv.StateFile} is not set: run this test through the jest "integration" project, whose global setup starts Kafka and PostgreSQL`,
    );
  }
  return JSON.parse(readFileSync(file, 'utf8')) as TestInfraState;
}

export function requireTestEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run this test through the jest "integration" project`);
  }
  return value;
}
