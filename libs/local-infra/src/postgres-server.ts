import { spawn } from 'node:child_process';
import {
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { assertPortFree } from './free-port';
import { infraLog, secondsSince } from './infra-log';
import { tailOf } from './log-tail';
import { postgresBinaries, postgresRunAs, RunAs } from './postgres-binaries';
import { commandLine, isAlive, killNow, terminate } from './process-control';

export const POSTGRES_USER = 'postgres';
/** Local-only credentials: the server listens on 127.0.0.1 and holds throwaway data. */
export const POSTGRES_PASSWORD = 'postgres';

export interface PostgresOptions {
  /** Holds the cluster (`pgdata/`) and its log; reusing it keeps the data. */
  dataDir: string;
  port?: number;
  /** false trades crash safety for speed (fsync off): for throwaway test clusters. */
  durable?: boolean;
  startTimeoutMs?: number;
  /** Own process group, so a terminal Ctrl-C leaves the shutdown order to the launcher. */
  detached?: boolean;
}

export interface PostgresHandle {
  /** Superuser URL for the `postgres` database, for creating and dropping databases. */
  readonly adminUrl: string;
  readonly port: number;
  readonly pid: number;
  readonly logFile: string;
  /** Fast shutdown (SIGINT): rolls back open transactions, checkpoints, exits. */
  stop(): Promise<void>;
  kill(): Promise<void>;
}

export function postgresFiles(dataDir: string) {
  const cluster = path.join(dataDir, 'pgdata');
  return {
    cluster,
    logFile: path.join(dataDir, 'postgres.log'),
    versionFile: path.join(cluster, 'PG_VERSION'),
    postmasterPid: path.join(cluster, 'postmaster.pid'),
  };
}

export function adminUrlFor(port: number): string {
  return `postgres://${POSTGRES_USER}:${POSTGRES_PASSWORD}@127.0.0.1:${port}/postgres`;
}

/** Initialises the cluster on first use, starts it and resolves once it accepts connections. */
export async function startPostgres(options: PostgresOptions): Promise<PostgresHandle> {
  const startedAt = Date.now();
  const port = options.port ?? 54329;
  const files = postgresFiles(options.dataDir);
  const binaries = postgresBinaries();
  const runAs = postgresRunAs();
  mkdirSync(options.dataDir, { recursive: true });

  if (!existsSync(files.versionFile)) await initCluster(binaries.initdb, files.cluster, runAs);
  await stopStaleServer(files.postmasterPid, files.cluster);
  await assertPortFree(port, 'PostgreSQL');

  const settings = [
    'listen_addresses=127.0.0.1',
    // No Unix socket: avoids needing a writable socket directory for the postgres user.
    'unix_socket_directories=',
    'max_connections=300',
    ...(options.durable === false
      ? ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off']
      : []),
  ];
  const log = openSync(files.logFile, 'a');
  let spawnError: Error | undefined;
  const child = spawn(
    binaries.postgres,
    ['-D', files.cluster, '-p', String(port), ...settings.flatMap((s) => ['-c', s])],
    { ...runAs, stdio: ['ignore', log, log], detached: options.detached ?? false },
  );
  closeSync(log);
  child.once('error', (error) => (spawnError = error));
  child.unref();
  const pid = child.pid;
  if (pid === undefined) throw new Error(`cannot start ${binaries.postgres}`);

  const adminUrl = adminUrlFor(port);
  try {
    await waitForPostgres(adminUrl, options.startTimeoutMs ?? 30_000, () =>
      spawnError
        ? spawnError.message
        : isAlive(pid)
          ? undefined
          : 'postgres exited during start-up',
    );
  } catch (error) {
    await killNow(pid);
    throw new Error(
      `PostgreSQL did not start on 127.0.0.1:${port}: ${(error as Error).message}\n` +
        `--- ${files.logFile} ---\n${tailOf(files.logFile)}`,
    );
  }
  infraLog(`postgres ready on 127.0.0.1:${port} (${secondsSince(startedAt)})`);
  return {
    adminUrl,
    port,
    pid,
    logFile: files.logFile,
    stop: async () => void (await terminate(pid, { signal: 'SIGINT', graceMs: 30_000 })),
    kill: () => killNow(pid),
  };
}

/** Stops the server running on a data dir, whoever started it. */
export async function stopPostgresAt(dataDir: string): Promise<void> {
  const { postmasterPid, cluster } = postgresFiles(dataDir);
  const pid = livePostmaster(postmasterPid, cluster);
  if (pid !== undefined) await terminate(pid, { signal: 'SIGINT', graceMs: 30_000 });
}

async function initCluster(initdb: string, cluster: string, runAs: RunAs): Promise<void> {
  infraLog(`initialising a PostgreSQL cluster in ${cluster}`);
  // A half-initialised directory from an interrupted first run would make initdb refuse.
  rmSync(cluster, { recursive: true, force: true });
  mkdirSync(cluster, { recursive: true, mode: 0o700 });
  const passwordFile = path.join(path.dirname(cluster), '.pwfile');
  writeFileSync(passwordFile, `${POSTGRES_PASSWORD}\n`, { mode: 0o600 });
  if (runAs.uid !== undefined && runAs.gid !== undefined) {
    chownSync(cluster, runAs.uid, runAs.gid);
    chownSync(passwordFile, runAs.uid, runAs.gid);
  }
  const args = [
    `--pgdata=${cluster}`,
    `--username=${POSTGRES_USER}`,
    `--pwfile=${passwordFile}`,
    '--auth=scram-sha-256',
    '--encoding=UTF8',
    // The C locale sorts by byte and does not depend on the locales installed on the machine.
    '--locale=C',
    '--no-instructions',
  ];
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(initdb, args, { ...runAs, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('error', reject);
      child.once('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`initdb failed (exit ${code}):\n${output}`)),
      );
    });
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

function livePostmaster(postmasterPid: string, cluster: string): number | undefined {
  if (!existsSync(postmasterPid)) return undefined;
  const pid = Number(readFileSync(postmasterPid, 'utf8').split('\n')[0]);
  return pid > 0 && isAlive(pid) && commandLine(pid).includes(cluster) ? pid : undefined;
}

/** A launcher killed with SIGKILL leaves its server running; it would hold the data dir lock. */
async function stopStaleServer(postmasterPid: string, cluster: string): Promise<void> {
  const pid = livePostmaster(postmasterPid, cluster);
  if (pid === undefined) return;
  infraLog(`stopping a PostgreSQL server left running on ${cluster} (pid ${pid})`);
  await terminate(pid, { signal: 'SIGINT', graceMs: 30_000 });
}

async function waitForPostgres(
  url: string,
  timeoutMs: number,
  abortIf: () => string | undefined,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no attempt made';
  for (;;) {
    const aborted = abortIf();
    if (aborted) throw new Error(aborted);
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT 1');
      return;
    } catch (error) {
      lastError = (error as Error).message;
    } finally {
      await client.end().catch(() => undefined);
    }
    if (Date.now() >= deadline)
      throw new Error(`not reachable after ${timeoutMs} ms: ${lastError}`);
    await sleep(100);
  }
}
