import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { infraLog, secondsSince } from './infra-log';
import { localDir, repoRoot } from './paths';

export const KAFKA_VERSION = '3.9.1';

export interface KafkaInstallation {
  version: string;
  /** Directory holding every jar the broker needs; the JVM classpath is `<libsDir>/*`. */
  libsDir: string;
}

/*
 * Cache layout shared with .ci/run (which fills it with plain mvn before anything is built):
 * .local/kafka/<version>/libs/*.jar and .local/kafka/<version>/.installed holding the sha256 of
 * tools/kafka/pom.xml, so editing the POM triggers a fresh copy.
 */
function pomPath(): string {
  return path.join(repoRoot(), 'tools', 'kafka', 'pom.xml');
}

function pomHash(): string {
  return createHash('sha256').update(readFileSync(pomPath())).digest('hex');
}

export function kafkaInstallDir(): string {
  return localDir('kafka', KAFKA_VERSION);
}

/** Copies the broker's runtime jars from Maven Central once; later calls return the cached copy. */
export async function ensureKafkaInstalled(): Promise<KafkaInstallation> {
  const dir = kafkaInstallDir();
  const libsDir = path.join(dir, 'libs');
  const marker = path.join(dir, '.installed');
  const hash = pomHash();
  const installed = () =>
    existsSync(marker) && readFileSync(marker, 'utf8').trim() === hash && existsSync(libsDir);
  if (installed()) return { version: KAFKA_VERSION, libsDir };

  const startedAt = Date.now();
  infraLog(
    `downloading Kafka ${KAFKA_VERSION} from Maven Central into ${libsDir} (first run only)`,
  );
  mkdirSync(dir, { recursive: true });
  // A private staging directory renamed into place keeps concurrent first runs from
  // seeing (or mixing) a half-copied set of jars.
  const staging = path.join(dir, `libs.staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    await runMaven(staging);
    // Another process may have finished first and be running a broker from libsDir already.
    if (!installed()) {
      rmSync(libsDir, { recursive: true, force: true });
      renameSync(staging, libsDir);
      writeFileSync(marker, `${hash}\n`);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  infraLog(`Kafka ${KAFKA_VERSION} installed (${secondsSince(startedAt)})`);
  return { version: KAFKA_VERSION, libsDir };
}

function runMaven(outputDir: string): Promise<void> {
  const args = [
    '-B',
    '-Dstyle.color=never',
    '-f',
    pomPath(),
    'dependency:copy-dependencies',
    '-DincludeScope=runtime',
    `-DoutputDirectory=${outputDir}`,
  ];
  return new Promise((resolve, reject) => {
    // Inherited stdio: Maven's "Downloading from central" lines are the progress report.
    const mvn = spawn('mvn', args, { stdio: ['ignore', 'inherit', 'inherit'] });
    mvn.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new Error(
              'Maven (mvn) is not on PATH; it is needed once to fetch Kafka from Maven Central',
            )
          : error,
      ),
    );
    mvn.once('exit', (code, sig) =>
      code === 0
        ? resolve()
        : reject(new Error(`mvn ${args.join(' ')} failed (${sig ?? `exit code ${code}`})`)),
    );
  });
}
