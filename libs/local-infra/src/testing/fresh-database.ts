import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabase } from '../postgres-databases';
import { requireTestEnv, TestEnv } from './test-infra-state';

export interface FreshDatabase {
  name: string;
  url: string;
  /** Drops the database, closing any connection still open on it. */
  cleanup(): Promise<void>;
}

/** A new, empty, uniquely named database on the test server. */
export async function freshDatabase(prefix = 'test'): Promise<FreshDatabase> {
  const adminUrl = requireTestEnv(TestEnv.AdminDatabaseUrl);
  const safePrefix = prefix
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_')
    .slice(0, 40);
  // PostgreSQL truncates identifiers at 63 bytes; this stays well below.
  const name = `${safePrefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const url = await ensureDatabase(adminUrl, name);
  return { name, url, cleanup: () => dropDatabase(adminUrl, name) };
}
