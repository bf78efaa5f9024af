import { TypeOrmModuleOptions } from '@nestjs/typeorm';
import { MESSAGING_ENTITIES, MESSAGING_MIGRATIONS } from '@app/messaging';
import { BaseEnv } from '../config/base-env';

type EntityClass = new (...args: never[]) => unknown;
type MigrationClass = new () => unknown;

/**
 * Each app owns its database and migrates it at start. `synchronize` is never on here: schema
 * changes are migrations. Connection attempts are bounded so a wrong DATABASE_URL fails fast.
 */
export function typeOrmOptions(
  env: BaseEnv,
  entities: EntityClass[],
  migrations: MigrationClass[],
): TypeOrmModuleOptions {
  registered = {
    type: 'postgres',
    url: env.DATABASE_URL,
    ssl: env.DATABASE_SSL === 'true' ? { rejectUnauthorized: true } : false,
    entities: [...MESSAGING_ENTITIES, ...entities],
    migrations: [...MESSAGING_MIGRATIONS, ...migrations],
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    retryAttempts: 1,
    retryDelay: 500,
    extra: { max: 20, connectionTimeoutMillis: 3000 },
  };
  return registered;
}

let registered: TypeOrmModuleOptions | undefined;

/** The options the app's module asked for; `--migrate-only` runs its migrations with them. */
export function registeredTypeOrmOptions(): TypeOrmModuleOptions | undefined {
  return registered;
}
