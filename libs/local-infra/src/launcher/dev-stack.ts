import { localDir } from '../paths';
import { LocalInfra, startLocalInfra } from '../local-infra';
import { provisionTopics, TopicSpec } from '../kafka-topics';
import { databaseUrlFor, ensureDatabase } from '../postgres-databases';

export type AppName = 'gateway' | 'orders' | 'payments' | 'notifications';

export interface DevApp {
  name: AppName;
  port: number;
  database: string;
  /** Extra environment for this app only. */
  env: Record<string, string>;
}

/** The local stack of `npm start`: fixed ports so URLs in docs and bookmarks keep working. */
export const DEV_KAFKA_PORT = 9092;
export const DEV_POSTGRES_PORT = 54329;

export function devApps(env: NodeJS.ProcessEnv = process.env): DevApp[] {
  return [
    { name: 'orders', port: 3101, database: 'customerbackend_orders', env: { DEMO_DATA: 'true' } },
    { name: 'payments', port: 3102, database: 'customerbackend_payments', env: {} },
    { name: 'notifications', port: 3103, database: 'customerbackend_notifications', env: {} },
    {
      name: 'gateway',
      port: Number(env.PORT || 3000),
      database: 'customerbackend_gateway',
      env: {},
    },
  ];
}

export interface DevInfra {
  infra: LocalInfra;
  /** DATABASE_URL per app. */
  databaseUrls: Record<AppName, string>;
}

/**
 * Kafka and PostgreSQL in `.local/dev/` (data kept between runs), topics provisioned and one
 * database per app created. Servers run in their own process group: the caller orders shutdown.
 */
export async function startDevInfra(
  topics: readonly TopicSpec[],
  apps: DevApp[],
): Promise<DevInfra> {
  const infra = await startLocalInfra({
    dir: localDir('dev'),
    kafkaPort: DEV_KAFKA_PORT,
    postgresPort: DEV_POSTGRES_PORT,
    detached: true,
  });
  try {
    await provisionTopics(infra.kafkaBrokers, topics);
    const databaseUrls = {} as Record<AppName, string>;
    for (const app of apps) {
      await ensureDatabase(infra.adminDatabaseUrl, app.database);
      databaseUrls[app.name] = databaseUrlFor(infra.adminDatabaseUrl, app.database);
    }
    return { infra, databaseUrls };
  } catch (error) {
    await infra.stop();
    throw error;
  }
}
