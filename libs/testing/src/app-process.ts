import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { freePort, repoRoot, waitForHttpOk } from '@app/local-infra';
import { requireTestEnv, TestEnv } from '@app/local-infra/testing';

export type AppName = 'gateway' | 'orders' | 'payments' | 'notifications';

export interface AppExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export type LineMatcher = string | RegExp | ((line: string) => boolean);

export interface AppProcess {
  readonly name: AppName;
  readonly pid: number;
  readonly port: number;
  /** http://127.0.0.1:<port> */
  readonly baseUrl: string;
  /** Resolves when the process exits, however it exits. */
  readonly exited: Promise<AppExit>;
  /** Every stdout and stderr line so far, in arrival order. */
  lines(): readonly string[];
  findLine(match: LineMatcher): string | undefined;
  /** Output lines that parse as JSON objects (structured log records). */
  logRecords(): Record<string, unknown>[];
  waitForLine(match: LineMatcher, timeoutMs?: number): Promise<string>;
  /** Polls GET /health/ready until 200; fails early if the process exits. */
  waitReady(timeoutMs?: number): Promise<void>;
  /** SIGTERM, wait for a graceful exit, SIGKILL after timeoutMs. */
  stop(timeoutMs?: number): Promise<AppExit>;
  /** SIGKILL: a crash. */
  kill(): Promise<AppExit>;
}

const running = new Set<ChildProcess>();
// A failed test must not leave app processes holding ports and Kafka consumer groups.
process.once('exit', () => running.forEach((child) => child.kill('SIGKILL')));

function toPredicate(match: LineMatcher): (line: string) => boolean {
  if (typeof match === 'function') return match;
  if (typeof match === 'string') return (line) => line.includes(match);
  return (line) => match.test(line);
}

/**
 * Runs the compiled app (`npm test` builds first) as its own process, the way it runs in
 * production. Defaults: KAFKA_BROKERS from the test infrastructure, a free PORT, LOG_LEVEL info;
 * `env` overrides them and must at least carry DATABASE_URL (see freshDatabase).
 * Set TEST_APP_LOGS=1 to echo the apps' output while debugging.
 */
export async function spawnApp(
  app: AppName,
  env: Record<string, string> = {},
): Promise<AppProcess> {
  const main = path.join(repoRoot(), 'dist', 'apps', app, 'src', 'main.js');
  if (!existsSync(main)) throw new Error(`${main} does not exist: run \`npm run build\` first`);
  const port = Number(env.PORT ?? (await freePort()));
  const inherited = { ...process.env };
  // The jest run's DATABASE_URL is a server-level admin URL, never an app's own database.
  delete inherited.DATABASE_URL;
  const child = spawn(process.execPath, [main], {
    cwd: repoRoot(),
    env: {
      ...inherited,
      KAFKA_BROKERS: requireTestEnv(TestEnv.KafkaBrokers),
      LOG_LEVEL: 'info',
      ...env,
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);

  const output: string[] = [];
  const listeners = new Set<(line: string) => void>();
  const echo = process.env.TEST_APP_LOGS === '1';
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      output.push(line);
      if (echo) process.stderr.write(`${app} | ${line}\n`);
      listeners.forEach((listener) => listener(line));
    });
  }

  let exit: AppExit | undefined;
  const exited = new Promise<AppExit>((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      exit = { code, signal };
      resolve(exit);
    });
  });
  const describeExit = () =>
    exit ? `${app} exited (${exit.signal ?? `code ${exit.code}`})` : undefined;
  const recentOutput = () => output.slice(-20).join('\n');

  async function stop(timeoutMs = 10_000): Promise<AppExit> {
    if (exit) return exit;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    try {
      return await exited;
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    name: app,
    pid: child.pid ?? -1,
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    exited,
    lines: () => output,
    findLine: (match) => output.find(toPredicate(match)),
    logRecords: () =>
      output.flatMap((line) => {
        try {
          const parsed: unknown = JSON.parse(line);
          return parsed !== null && typeof parsed === 'object'
            ? [parsed as Record<string, unknown>]
            : [];
        } catch {
          return [];
        }
      }),
    waitForLine(match, timeoutMs = 10_000) {
      const predicate = toPredicate(match);
      const found = output.find(predicate);
      if (found !== undefined) return Promise.resolve(found);
      return new Promise<string>((resolve, reject) => {
        const done = (error?: Error, line?: string) => {
          clearTimeout(timer);
          listeners.delete(listener);
          return error ? reject(error) : resolve(line as string);
        };
        const listener = (line: string) => predicate(line) && done(undefined, line);
        const timer = setTimeout(
          () =>
            done(
              new Error(`${app}: no output line matching ${String(match)} within ${timeoutMs} ms`),
            ),
          timeoutMs,
        );
        listeners.add(listener);
      });
    },
    async waitReady(timeoutMs = 90_000) {
      try {
        await waitForHttpOk(`http://127.0.0.1:${port}/health/ready`, {
          timeoutMs,
          abortIf: describeExit,
        });
      } catch (error) {
        throw new Error(
          `${app} is not ready: ${(error as Error).message}\n--- last output ---\n${recentOutput()}`,
        );
      }
    },
    stop,
    async kill() {
      if (exit) return exit;
      child.kill('SIGKILL');
      return exited;
    },
  };
}
