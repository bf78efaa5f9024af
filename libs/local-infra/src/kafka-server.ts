import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { assertPortFree } from './free-port';
import { infraLog, secondsSince } from './infra-log';
import { javaBinary, kafkaJvmFlags } from './java';
import { waitForKafka } from './kafka-admin';
import { randomClusterId } from './kafka-cluster-id';
import { kafkaFiles, log4jProperties, serverProperties } from './kafka-config';
import { ensureKafkaInstalled } from './kafka-install';
import { tailOf } from './log-tail';
import { commandLine, isAlive, killNow, terminate } from './process-control';

export interface KafkaOptions {
  /** Holds config, logs and partition data; reusing it keeps topics and messages. */
  dataDir: string;
  port?: number;
  controllerPort?: number;
  startTimeoutMs?: number;
  stopTimeoutMs?: number;
  /**
   * Run in its own process group so a terminal Ctrl-C reaches only the launcher, which then
   * stops apps before the broker. Tests leave it attached so an interrupted run takes it down.
   */
  detached?: boolean;
}

export type ResolvedKafkaOptions = Required<KafkaOptions>;

export interface KafkaHandle {
  readonly options: ResolvedKafkaOptions;
  readonly brokers: string[];
  /** Pid of the running broker JVM (changes on restart). */
  readonly pid: number;
  readonly serverLog: string;
  /** SIGTERM (clean shutdown), SIGKILL if it takes longer than stopTimeoutMs. */
  stop(): Promise<void>;
  /** SIGKILL: a crash, for tests of what survives one. */
  kill(): Promise<void>;
  /** Stop, then start again on the same data dir and ports. */
  restart(): Promise<void>;
}

export function resolveKafkaOptions(options: KafkaOptions): ResolvedKafkaOptions {
  const port = options.port ?? 9092;
  return {
    dataDir: options.dataDir,
    port,
    controllerPort: options.controllerPort ?? port + 1,
    startTimeoutMs: options.startTimeoutMs ?? 60_000,
    stopTimeoutMs: options.stopTimeoutMs ?? 30_000,
    detached: options.detached ?? false,
  };
}

/** Starts a single-node KRaft broker and resolves once it accepts admin requests. */
export async function startKafka(options: KafkaOptions): Promise<KafkaHandle> {
  const resolved = resolveKafkaOptions(options);
  const pid = await launchBroker(resolved);
  return new KafkaServer(resolved, pid);
}

export function stopKafka(handle: KafkaHandle): Promise<void> {
  return handle.stop();
}

/** Stops the broker recorded in a data dir's pid file, whoever started it. */
export async function stopKafkaAt(dataDir: string, graceMs = 30_000): Promise<void> {
  const pid = brokerPidAt(dataDir);
  if (pid !== undefined) await terminate(pid, { graceMs });
}

/** The pid of the live broker using this data dir, if any. */
export function brokerPidAt(dataDir: string): number | undefined {
  const { pidFile, serverProperties: props } = kafkaFiles(dataDir);
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  // The pid may have been recycled by an unrelated process since the broker died.
  return pid > 0 && isAlive(pid) && commandLine(pid).includes(props) ? pid : undefined;
}

class KafkaServer implements KafkaHandle {
  readonly brokers: string[];
  readonly serverLog: string;

  constructor(
    readonly options: ResolvedKafkaOptions,
    private currentPid: number,
  ) {
    this.brokers = [`127.0.0.1:${options.port}`];
    this.serverLog = kafkaFiles(options.dataDir).serverLog;
  }

  get pid(): number {
    return this.currentPid;
  }

  async stop(): Promise<void> {
    await terminate(this.currentPid, { graceMs: this.options.stopTimeoutMs });
  }

  async kill(): Promise<void> {
    await killNow(this.currentPid);
  }

  async restart(): Promise<void> {
    await this.stop();
    this.currentPid = await launchBroker(this.options);
  }
}

async function launchBroker(options: ResolvedKafkaOptions): Promise<number> {
  const { libsDir } = await ensureKafkaInstalled();
  const startedAt = Date.now();
  const files = kafkaFiles(options.dataDir);
  mkdirSync(files.logDir, { recursive: true });

  const stale = brokerPidAt(options.dataDir);
  if (stale !== undefined) {
    infraLog(`stopping a Kafka broker left running on ${options.dataDir} (pid ${stale})`);
    await terminate(stale, { graceMs: options.stopTimeoutMs });
  }
  await assertPortFree(options.port, 'Kafka');
  await assertPortFree(options.controllerPort, 'Kafka controller');

  writeFileSync(files.serverProperties, serverProperties(options));
  writeFileSync(files.log4jProperties, log4jProperties(options.dataDir));
  const classpath = `${libsDir}/*`;
  const logging = [
    `-Dlog4j.configuration=file:${files.log4jProperties}`,
    `-Dkafka.logs.dir=${files.logDir}`,
  ];
  if (!existsSync(files.metaProperties)) {
    await formatStorage(classpath, logging, files.serverProperties);
  }

  const out = openSync(files.consoleLog, 'a');
  let spawnError: Error | undefined;
  const child = spawn(
    javaBinary(),
    [...kafkaJvmFlags(), ...logging, '-cp', classpath, 'kafka.Kafka', files.serverProperties],
    { stdio: ['ignore', out, out], detached: options.detached },
  );
  closeSync(out);
  child.once('error', (error) => (spawnError = error));
  child.unref();
  const pid = child.pid;
  if (pid === undefined) throw new Error(`cannot start ${javaBinary()}: is Java 17+ installed?`);
  writeFileSync(files.pidFile, `${pid}\n`);

  const brokers = [`127.0.0.1:${options.port}`];
  try {
    await waitForKafka(brokers, {
      timeoutMs: options.startTimeoutMs,
      abortIf: () =>
        spawnError
          ? `cannot start java: ${spawnError.message}`
          : isAlive(pid)
            ? undefined
            : 'the Kafka JVM exited during start-up',
    });
  } catch (error) {
    await killNow(pid);
    throw new Error(
      `Kafka did not start on ${brokers[0]}: ${(error as Error).message}\n` +
        `--- ${files.serverLog} ---\n${tailOf(files.serverLog)}\n` +
        `--- ${files.consoleLog} ---\n${tailOf(files.consoleLog, 15)}`,
    );
  }
  infraLog(`kafka ready on ${brokers[0]} (${secondsSince(startedAt)})`);
  return pid;
}

function formatStorage(classpath: string, logging: string[], propsFile: string): Promise<void> {
  const args = [
    '-Xmx256m',
    ...logging,
    '-cp',
    classpath,
    'kafka.tools.StorageTool',
    'format',
    '-t',
    randomClusterId(),
    '-c',
    propsFile,
  ];
  return new Promise((resolve, reject) => {
    const tool = spawn(javaBinary(), args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    tool.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    tool.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    tool.once('error', reject);
    tool.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`formatting Kafka storage failed (exit ${code}):\n${output}`)),
    );
  });
}
