import { DataSource, DataSourceOptions } from 'typeorm';
import { registeredTypeOrmOptions } from './typeorm-options';

/**
 * `node main.js --migrate-only`: applies the app's migrations and exits, without Kafka or HTTP.
 * The Kubernetes migration Job runs this before a rollout, so replicas never race to migrate.
 */
export async function migrateOnly(log: (message: string) => void): Promise<void> {
  const options = registeredTypeOrmOptions();
  if (!options) throw new Error('the app module registered no database options');
  const dataSource = new DataSource({ ...(options as DataSourceOptions), migrationsRun: false });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    log(
      `applied ${applied.length} migration(s)${applied.length ? `: ${applied.map((m) => m.name).join(', ')}` : ''}`,
    );
  } finally {
    await dataSource.destroy();
  }
}
