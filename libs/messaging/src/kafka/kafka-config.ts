import { Logger } from '@nestjs/common';
import { KafkaConfig, logCreator, logLevel, Partitioners, SASLOptions } from 'kafkajs';

export interface KafkaEnv {
  KAFKA_BROKERS: string;
  KAFKA_SSL?: string;
  KAFKA_SASL_MECHANISM?: string;
  KAFKA_SASL_USERNAME?: string;
  KAFKA_SASL_PASSWORD?: string;
}

export const parseBrokers = (brokers: string): string[] =>
  brokers
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);

/**
 * kafkajs settings shared by every client we create. Retries are short so that an unreachable
 * broker at start-up fails within seconds instead of hanging.
 */
export function kafkaClientConfig(env: KafkaEnv, clientId: string): KafkaConfig {
  const sasl = env.KAFKA_SASL_MECHANISM
    ? ({
        mechanism: env.KAFKA_SASL_MECHANISM,
        username: env.KAFKA_SASL_USERNAME ?? '',
        password: env.KAFKA_SASL_PASSWORD ?? '',
      } as SASLOptions)
    : undefined;
  return {
    clientId,
    brokers: parseBrokers(env.KAFKA_BROKERS),
    ssl: env.KAFKA_SSL === 'true',
    sasl,
    connectionTimeout: 3000,
    requestTimeout: 10000,
    retry: { initialRetryTime: 200, retries: 4, maxRetryTime: 2000 },
    logLevel: logLevel.WARN,
    logCreator: kafkaLogCreator,
  };
}

/** kafkajs logs go through the app's logger, so they are JSON lines with service and request id. */
const kafkaLogCreator: logCreator = () => {
  const logger = new Logger('kafkajs');
  return ({ namespace, level, log }) => {
    const { message, ...extra } = log;
    const line = `[${namespace}] ${message} ${JSON.stringify(extra)}`;
    if (level === logLevel.ERROR) logger.error(line);
    else if (level === logLevel.WARN) logger.warn(line);
    else logger.debug(line);
  };
};

/** Consumer tuning: kafkajs waits 5 s for data by default, which shows up as 5 s lags. */
export const CONSUMER_TUNING = {
  maxWaitTimeInMs: 100,
  sessionTimeout: 10000,
  heartbeatInterval: 1000,
  rebalanceTimeout: 10000,
  allowAutoTopicCreation: false,
} as const;

/**
 * Producer defaults: topics are provisioned, never auto-created, and keys are partitioned with
 * the Java client's murmur2 scheme, so other platform services agree on where a key lives.
 */
export const PRODUCER_DEFAULTS = {
  allowAutoTopicCreation: false,
  createPartitioner: Partitioners.DefaultPartitioner,
} as const;
