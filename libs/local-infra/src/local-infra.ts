import path from 'node:path';
import { infraLog } from './infra-log';
import { KafkaHandle, startKafka } from './kafka-server';
import { PostgresHandle, startPostgres } from './postgres-server';

export interface LocalInfraOptions {
  /** Kafka lives in `<dir>/kafka`, PostgreSQL in `<dir>/postgres`. */
  dir: string;
  kafkaPort?: number;
  kafkaControllerPort?: number;
  postgresPort?: number;
  /** false: PostgreSQL without fsync, for throwaway test data. */
  durable?: boolean;
  /** Servers in their own process group (the launcher orders shutdown itself). */
  detached?: boolean;
  /** Where KAFKA_BROKERS / DATABASE_URL are read from; defaults to process.env. */
  env?: NodeJS.ProcessEnv;
}

export interface LocalInfra {
  kafkaBrokers: string[];
  /** Superuser URL on the `postgres` database; derive app URLs with databaseUrlFor. */
  adminDatabaseUrl: string;
  /** Present only when the broker was started here (no KAFKA_BROKERS). */
  kafka?: KafkaHandle;
  /** Present only when the server was started here (no DATABASE_URL). */
  postgres?: PostgresHandle;
  /** Stops what was started here: Kafka first, PostgreSQL last. */
  stop(): Promise<void>;
}

export function parseBrokers(list: string): string[] {
  return list
    .split(',')
    .map((broker) => broker.trim())
    .filter(Boolean);
}

/**
 * Kafka and PostgreSQL for development and tests. KAFKA_BROKERS and DATABASE_URL point at servers
 * that already run (CI services, a shared cluster) and skip the local ones.
 */
export async function startLocalInfra(options: LocalInfraOptions): Promise<LocalInfra> {
  const env = options.env ?? process.env;
  const externalBrokers = env.KAFKA_BROKERS ? parseBrokers(env.KAFKA_BROKERS) : undefined;
  const externalDatabase = env.DATABASE_URL || undefined;
  if (externalBrokers) infraLog(`using Kafka at ${externalBrokers.join(',')} (KAFKA_BROKERS)`);
  if (externalDatabase) infraLog(`using PostgreSQL at ${redact(externalDatabase)} (DATABASE_URL)`);

  // Started side by side: the JVM dominates start-up, PostgreSQL comes up meanwhile.
  const [kafka, postgres] = await Promise.allSettled([
    externalBrokers
      ? undefined
      : startKafka({
          dataDir: path.join(options.dir, 'kafka'),
          port: options.kafkaPort,
          controllerPort: options.kafkaControllerPort,
          detached: options.detached,
        }),
    externalDatabase
      ? undefined
      : startPostgres({
          dataDir: path.join(options.dir, 'postgres'),
          port: options.postgresPort,
          durable: options.durable,
          detached: options.detached,
        }),
  ]);
  if (kafka.status === 'rejected' || postgres.status === 'rejected') {
    if (kafka.status === 'fulfilled') await kafka.value?.stop();
    if (postgres.status === 'fulfilled') await postgres.value?.stop();
    throw kafka.status === 'rejected' ? kafka.reason : (postgres as PromiseRejectedResult).reason;
  }

  const kafkaHandle = kafka.value;
  const postgresHandle = postgres.value;
  return {
    kafkaBrokers: externalBrokers ?? kafkaHandle!.brokers,
    adminDatabaseUrl: externalDatabase ?? postgresHandle!.adminUrl,
    kafka: kafkaHandle,
    postgres: postgresHandle,
    async stop() {
      await kafkaHandle?.stop();
      await postgresHandle?.stop();
    },
  };
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}
