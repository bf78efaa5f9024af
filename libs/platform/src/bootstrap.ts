import { randomUUID } from 'node:crypto';
import { INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Consumer } from 'kafkajs';
import { MicroserviceOptions, Transport } from '@nestjs/microservices';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Header } from '@app/contracts';
import {
  CONSUMER_TUNING,
  ContextServerKafka,
  RPC_TRANSPORT,
  kafkaClientConfig,
  PRODUCER_DEFAULTS,
  runWithRequestId,
} from '@app/messaging';
import { BaseEnv } from './config/base-env';
import { migrateOnly } from './database/migrate-only';
import { JsonLogger } from './logging/json-logger';
import { registerHttpMetrics } from './metrics/http-metrics';

export interface BootstrapOptions {
  name: string;
  module: unknown;
  env: BaseEnv;
  /** Apps with @HandlesEvents handlers consume events from Kafka. */
  consumesKafka: boolean;
  /** Apps with @HandlesRequest handlers answer request-reply, with a consumer of its own. */
  servesRequests?: boolean;
  bodyLimitBytes?: number;
  /** Fastify needs the raw body for some routes (Stripe signatures). */
  configure?: (app: NestFastifyApplication) => void | Promise<void>;
}

/** Generous: a loaded machine (CI, a node under pressure) can be slow, but never hang forever. */
const STARTUP_TIMEOUT_MS = Number(process.env.STARTUP_TIMEOUT_MS) || 90_000;

/**
 * A new consumer group starts at the latest offsets, fixed by its first fetch. Serving traffic
 * only after that fetch means no event produced after start-up can slip past the consumer.
 */
function firstFetch(microservice: INestMicroservice): Promise<void> {
  const [, consumer] = microservice.unwrap<[unknown, Consumer]>();
  return new Promise((resolve) => {
    const remove = consumer.on(consumer.events.FETCH, () => {
      remove();
      resolve();
    });
  });
}

/**
 * Starts one app the same way everywhere: JSON logs, request ids, Fastify, the Kafka consumer,
 * graceful shutdown. A database or Kafka that cannot be reached ends the process with a clear
 * message and a non-zero exit instead of a hang.
 */
export async function bootstrap(options: BootstrapOptions): Promise<NestFastifyApplication> {
  const logger = new JsonLogger(options.name, options.env.LOG_LEVEL ?? 'info');
  const timer = setTimeout(() => {
    logger.fatal(`did not start within ${STARTUP_TIMEOUT_MS / 1000} s; exiting`, 'Bootstrap');
    process.exit(1);
  }, STARTUP_TIMEOUT_MS);
  try {
    if (process.argv.includes('--migrate-only')) {
      await migrateOnly((message) => logger.log(message, 'Migrations'));
      process.exit(0);
    }
    const adapter = new FastifyAdapter({
      bodyLimit: options.bodyLimitBytes ?? 256 * 1024,
      trustProxy: true,
    });
    const app = await NestFactory.create<NestFastifyApplication>(options.module as never, adapter, {
      logger,
      abortOnError: false,
    });
    const fastify = app.getHttpAdapter().getInstance();
    fastify.addHook('onRequest', (request, reply, done) => {
      const incoming = request.headers[Header.RequestId];
      const requestId =
        typeof incoming === 'string' && incoming.length <= 200 ? incoming : randomUUID();
      void reply.header(Header.RequestId, requestId);
      runWithRequestId(requestId, done);
    });
    registerHttpMetrics(fastify);
    await options.configure?.(app);
    const groupId = options.env.KAFKA_GROUP_ID ?? `customerbackend-${options.name}`;
    if (options.consumesKafka) connectKafka(app, options, groupId, Transport.KAFKA, 'consumer');
    // Its own consumer (see RPC_TRANSPORT), so requests never wait behind event handlers.
    if (options.servesRequests) {
      connectKafka(app, options, `${groupId}-rpc`, RPC_TRANSPORT, 'rpc');
    }
    app.enableShutdownHooks();
    await app.init();
    await app.startAllMicroservices();
    await Promise.all(app.getMicroservices().map((ms) => firstFetch(ms)));
    await app.listen(options.env.PORT, '0.0.0.0');
    logger.log(`${options.name} listening on port ${options.env.PORT}`, 'Bootstrap');
    return app;
  } catch (error) {
    logger.fatal(
      `failed to start: ${error instanceof Error ? error.message : String(error)}`,
      'Bootstrap',
    );
    process.exit(1);
  } finally {
    clearTimeout(timer);
  }
}

/** One Kafka consumer of the app, for the handlers bound to `transportId`. */
function connectKafka(
  app: NestFastifyApplication,
  options: BootstrapOptions,
  groupId: string,
  transportId: Transport | symbol,
  role: 'consumer' | 'rpc',
): void {
  const server = new ContextServerKafka({
    client: kafkaClientConfig(options.env, `${options.name}-${role}`),
    consumer: { groupId, ...CONSUMER_TUNING },
    producer: PRODUCER_DEFAULTS,
    subscribe: { fromBeginning: options.env.KAFKA_FROM_BEGINNING === 'true' },
    // kafkajs fetches again only when every batch of the last fetch is done, and a
    // partition's batch runs one message at a time: parallelism is per partition.
    run: {
      partitionsConsumedConcurrently: Number(process.env.KAFKA_CONSUMER_CONCURRENCY) || 12,
    },
    postfixId: '',
  });
  server.setTransportId(transportId);
  // Global filters and pipes (APP_*) apply to Kafka handlers too.
  app.connectMicroservice<MicroserviceOptions>({ strategy: server }, { inheritAppConfig: true });
}
