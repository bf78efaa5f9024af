/**
 * `npm start`: the whole backend on one machine. Kafka and PostgreSQL from .local/dev (or
 * KAFKA_BROKERS / DATABASE_URL), topics and databases provisioned, then the four apps as child
 * processes with prefixed output. Ctrl-C stops apps, then Kafka, then PostgreSQL.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
// Only the topic list: the contracts barrel also loads every payload class (and needs reflect-metadata).
import { allTopicSpecs } from '@app/contracts/topics';
import { localDir, repoRoot, secondsSince, sendSignal, waitForHttpOk } from '@app/local-infra';
import {
  AppExit,
  DevApp,
  devApps,
  DevInfra,
  forgetApps,
  makeLabel,
  ManagedApp,
  recordApps,
  startDevInfra,
  startManagedApp,
  stopLeftoverApps,
} from '@app/local-infra/launcher';

const READY_TIMEOUT_MS = 60_000;
const APP_STOP_GRACE_MS = 10_000;

const startedAt = Date.now();
const root = repoRoot();
const appPidFile = localDir('dev', 'apps.json');
const apps = devApps();
let devInfra: Promise<DevInfra | undefined> | undefined;
let liveInfra: DevInfra | undefined;
const running: ManagedApp[] = [];
let shuttingDown = false;

function say(message: string): void {
  process.stderr.write(`[start] ${message}\n`);
}

const entryOf = (app: DevApp) => path.join(root, 'dist', 'apps', app.name, 'src', 'main.js');

async function main(): Promise<void> {
  const missing = apps.map(entryOf).filter((entry) => !existsSync(entry));
  if (missing.length > 0) {
    throw new Error(
      `not built: ${missing.map((m) => path.relative(root, m)).join(', ')} (run \`npm run build\`)`,
    );
  }

  const leftovers = await stopLeftoverApps(appPidFile, APP_STOP_GRACE_MS);
  if (leftovers > 0) say(`stopped ${leftovers} app process(es) left running by a killed launcher`);

  devInfra = startDevInfra(allTopicSpecs(), apps).catch((error: unknown) => {
    if (!shuttingDown) throw error;
    return undefined;
  });
  liveInfra = await devInfra;
  if (!liveInfra || shuttingDown) return;
  const { infra, databaseUrls } = liveInfra;

  const width = Math.max(...apps.map((app) => app.name.length));
  const tty = Boolean(process.stdout.isTTY);
  apps.forEach((app, index) => {
    running.push(
      startManagedApp({
        name: app.name,
        entry: entryOf(app),
        cwd: root,
        label: makeLabel(app.name, width, index, tty),
        env: {
          ...process.env,
          ...app.env,
          DATABASE_URL: databaseUrls[app.name],
          KAFKA_BROKERS: infra.kafkaBrokers.join(','),
          PORT: String(app.port),
          LOG_LEVEL: process.env.LOG_LEVEL || 'info',
        },
        onExit: (exit) => onAppExit(app.name, exit),
      }),
    );
  });
  recordApps(
    appPidFile,
    running.flatMap((app, index) =>
      app.pid ? [{ pid: app.pid, entry: entryOf(apps[index]) }] : [],
    ),
  );

  await Promise.all(
    apps.map(async (app, index) => {
      const url = `http://127.0.0.1:${app.port}/health/ready`;
      try {
        await waitForHttpOk(url, {
          timeoutMs: READY_TIMEOUT_MS,
          abortIf: () =>
            running[index].exit ? `it exited (${describe(running[index].exit!)})` : undefined,
        });
      } catch (error) {
        throw new Error(`${app.name} did not become ready: ${(error as Error).message}`);
      }
    }),
  );
  if (shuttingDown) return;
  const gateway = apps.find((app) => app.name === 'gateway')!;
  process.stdout.write(
    `customerbackend is up: gateway on http://127.0.0.1:${gateway.port} (started in ${secondsSince(startedAt)})\n`,
  );
}

function describe(exit: AppExit): string {
  return exit.signal ? `signal ${exit.signal}` : `exit code ${exit.code}`;
}

function onAppExit(name: string, exit: AppExit): void {
  if (shuttingDown) return;
  say(`${name} exited unexpectedly (${describe(exit)}); stopping everything`);
  void shutdown(1);
}

async function shutdown(code: number): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  try {
    await Promise.all(running.map((app) => app.stop(APP_STOP_GRACE_MS)));
    forgetApps(appPidFile);
    const started = await devInfra?.catch(() => undefined);
    if (started) {
      say('stopping Kafka and PostgreSQL');
      await started.infra.stop();
    }
  } catch (error) {
    say(`shutdown failed: ${(error as Error).message}`);
    code = 1;
  }
  process.exit(code);
}

let interrupts = 0;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(sig, () => {
    interrupts += 1;
    if (interrupts === 1) {
      say(`${sig}: stopping apps, then Kafka, then PostgreSQL (Ctrl-C again to kill)`);
      void shutdown(0);
    } else {
      say('killing everything');
      for (const pid of [liveInfra?.infra.kafka?.pid, liveInfra?.infra.postgres?.pid]) {
        if (pid) sendSignal(pid, 'SIGKILL');
      }
      process.exit(130);
    }
  });
}
// Last resort on any exit path (a second Ctrl-C, a crash): no app may outlive the launcher.
process.on('exit', () => running.forEach((app) => app.killNow()));

main().catch((error: unknown) => {
  if (shuttingDown) return; // the apps were stopped on purpose; their "not ready" is expected
  say((error as Error).message);
  void shutdown(1);
});
