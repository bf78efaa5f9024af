import { randomBytes } from 'node:crypto';
import { freshDatabase, FreshDatabase } from '@app/local-infra/testing';
import { AppName, AppProcess, spawnApp } from './app-process';
import { HttpClient } from './http-client';

const ALL_APPS: AppName[] = ['orders', 'payments', 'notifications', 'gateway'];

export interface TestSystem {
  apps: Partial<Record<AppName, AppProcess>>;
  databases: Partial<Record<AppName, FreshDatabase>>;
  /** A client for the gateway (when it runs). */
  http: HttpClient;
  app(name: AppName): AppProcess;
  /** Starts `name` again on the same database and consumer group (after stop or kill). */
  restart(name: AppName, extraEnv?: Record<string, string>): Promise<AppProcess>;
  /** Stops every app and drops every database. */
  stop(): Promise<void>;
}

export interface TestSystemOptions {
  apps?: AppName[];
  env?: Partial<Record<AppName, Record<string, string>>>;
}

/**
 * The whole product as production runs it: each app its own process with its own fresh
 * database, on the shared test Kafka, with consumer groups of its own so parallel systems and
 * earlier test files never steal each other's messages.
 */
export async function startTestSystem(options: TestSystemOptions = {}): Promise<TestSystem> {
  const names = options.apps ?? ALL_APPS;
  const run = randomBytes(4).toString('hex');
  const databases: TestSystem['databases'] = {};
  const apps: TestSystem['apps'] = {};
  const envOf = (name: AppName, extra: Record<string, string> = {}) => ({
    DATABASE_URL: databases[name]!.url,
    KAFKA_GROUP_ID: `test-${name}-${run}`,
    ...(name === 'orders' ? { DEMO_DATA: 'true' } : {}),
    ...options.env?.[name],
    ...extra,
  });
  for (const name of names) databases[name] = await freshDatabase(`cb_${name}`);
  const started = await Promise.all(names.map((name) => spawnApp(name, envOf(name))));
  started.forEach((app) => (apps[app.name] = app));
  try {
    await Promise.all(started.map((app) => app.waitReady()));
  } catch (error) {
    await Promise.all(started.map((app) => app.kill()));
    throw error;
  }
  const system: TestSystem = {
    apps,
    databases,
    http: new HttpClient(apps.gateway?.baseUrl ?? 'http://127.0.0.1:1'),
    app(name) {
      const app = apps[name];
      if (!app) throw new Error(`${name} is not part of this test system`);
      return app;
    },
    async restart(name, extraEnv) {
      const previous = apps[name];
      const port = previous ? String(previous.port) : undefined;
      const app = await spawnApp(
        name,
        envOf(name, { ...(port ? { PORT: port } : {}), ...extraEnv }),
      );
      apps[name] = app;
      await app.waitReady();
      if (name === 'gateway') system.http = new HttpClient(app.baseUrl);
      return app;
    },
    async stop() {
      await Promise.all(Object.values(apps).map((app) => app.stop()));
      await Promise.all(Object.values(databases).map((db) => db.cleanup()));
    },
  };
  return system;
}
