import path from 'node:path';

export function javaBinary(): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

/**
 * Keeps an idle single-node broker under ~200 MiB RSS: a bounded heap, capped metaspace, code
 * cache and direct buffers, no hsperfdata files in /tmp. The C1-only JIT starts the broker about
 * a second faster and uses less memory; local traffic never needs C2's peak throughput (append
 * `-XX:TieredStopAtLevel=4` to KAFKA_JVM_OPTS to get it back for a benchmark).
 */
export const KAFKA_JVM_FLAGS: readonly string[] = [
  '-Xms256m',
  '-Xmx512m',
  '-XX:+UseG1GC',
  '-XX:MaxGCPauseMillis=20',
  '-XX:InitiatingHeapOccupancyPercent=35',
  '-XX:MaxMetaspaceSize=192m',
  '-XX:ReservedCodeCacheSize=96m',
  '-XX:MaxDirectMemorySize=256m',
  '-XX:+ExitOnOutOfMemoryError',
  '-XX:-UsePerfData',
  '-Djava.awt.headless=true',
  '-XX:TieredStopAtLevel=1',
];

/** Extra flags from KAFKA_JVM_OPTS, appended so they override the defaults. */
export function kafkaJvmFlags(env: NodeJS.ProcessEnv = process.env): string[] {
  return [...KAFKA_JVM_FLAGS, ...(env.KAFKA_JVM_OPTS ?? '').split(/\s+/).filter(Boolean)];
}
