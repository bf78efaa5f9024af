import path from 'node:path';

export interface KafkaLayout {
  dataDir: string;
  port: number;
  controllerPort: number;
}

export function kafkaFiles(dataDir: string) {
  return {
    serverProperties: path.join(dataDir, 'server.properties'),
    log4jProperties: path.join(dataDir, 'log4j.properties'),
    logDir: path.join(dataDir, 'logs'),
    serverLog: path.join(dataDir, 'logs', 'server.log'),
    /** stdout/stderr of the JVM: crashes before log4j is up land here. */
    consoleLog: path.join(dataDir, 'logs', 'console.log'),
    logDirs: path.join(dataDir, 'data'),
    metaProperties: path.join(dataDir, 'data', 'meta.properties'),
    pidFile: path.join(dataDir, 'kafka.pid'),
  };
}

/** A single-node KRaft broker tuned for one developer machine, not for throughput. */
export function serverProperties({ dataDir, port, controllerPort }: KafkaLayout): string {
  const settings: Record<string, string | number | boolean> = {
    'process.roles': 'broker,controller',
    'node.id': 1,
    'controller.quorum.voters': `1@127.0.0.1:${controllerPort}`,
    listeners: `PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    'advertised.listeners': `PLAINTEXT://127.0.0.1:${port}`,
    'inter.broker.listener.name': 'PLAINTEXT',
    'controller.listener.names': 'CONTROLLER',
    'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    'log.dirs': kafkaFiles(dataDir).logDirs,
    // Topics are provisioned explicitly with their partition counts, as in production.
    'auto.create.topics.enable': false,
    'num.partitions': 1,
    'default.replication.factor': 1,
    'min.insync.replicas': 1,
    // Consumer groups join immediately: tests would otherwise wait 3 s per group.
    'group.initial.rebalance.delay.ms': 0,
    'offsets.topic.num.partitions': 1,
    'offsets.topic.replication.factor': 1,
    'transaction.state.log.num.partitions': 1,
    'transaction.state.log.replication.factor': 1,
    'transaction.state.log.min.isr': 1,
    // Fewer threads and a small compaction buffer (default 128 MiB) keep the JVM small.
    'num.network.threads': 2,
    'num.io.threads': 4,
    'background.threads': 4,
    'num.recovery.threads.per.data.dir': 2,
    'log.cleaner.threads': 1,
    'log.cleaner.dedupe.buffer.size': 16 * 1024 * 1024,
    'log.retention.hours': 168,
  };
  return `${Object.entries(settings)
    .map(([key, value]) => `${key}=${value}`)
    .join('\n')}\n`;
}

/** Broker logs go to a rolling file in the data dir instead of flooding the console. */
export function log4jProperties(dataDir: string): string {
  const { serverLog } = kafkaFiles(dataDir);
  return [
    'log4j.rootLogger=INFO, file',
    'log4j.appender.file=org.apache.log4j.RollingFileAppender',
    `log4j.appender.file.File=${serverLog}`,
    'log4j.appender.file.MaxFileSize=10MB',
    'log4j.appender.file.MaxBackupIndex=2',
    'log4j.appender.file.layout=org.apache.log4j.PatternLayout',
    'log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n',
    'log4j.logger.state.change.logger=WARN',
    'log4j.logger.kafka.request.logger=WARN',
    'log4j.logger.org.apache.kafka.storage.internals.log.LogLoader=WARN',
    '',
  ].join('\n');
}
