import { randomUUID } from 'node:crypto';
import { DynamicModule, Module } from '@nestjs/common';
import { KafkaEnv } from '@app/messaging';
import { loadEnvOrExit } from '@app/platform';
import { OrderStreamConsumer, TRACKING_KAFKA_ENV } from './order-stream.consumer';
import { OrderStreamController } from './order-stream.controller';
import { OrderStreamReadiness } from './order-stream.readiness';
import { ORDER_VIEW_CACHE_CONFIG, OrderViewCache, OrderViewCacheConfig } from './order-view-cache';
import { StreamEventRepository } from './persistence/stream-event.repository';
import { StreamHub } from './stream-hub';
import { StreamPruner } from './stream-pruner';
import { TRACKING_CONFIG, TrackingConfig, TrackingEnv } from './tracking.env';

export interface TrackingOptions {
  kafka: KafkaEnv;
  /** The gateway's consumer group; the stream's per-process group is named after it. */
  groupId: string;
  /** The request-reply timeout: no order fetch takes longer. */
  rpcTimeoutMs: number;
}

/**
 * GET /v1/orders/stream: order events from Kafka to each customer's open connections; the same
 * events keep this process's cache of order views current.
 */
@Module({})
export class TrackingModule {
  static forRoot(options: TrackingOptions): DynamicModule {
    const env = loadEnvOrExit(TrackingEnv);
    const config: TrackingConfig = {
      heartbeatMs: env.STREAM_HEARTBEAT_MS ?? 15_000,
      retentionMs: (env.STREAM_RETENTION_HOURS ?? 24) * 3600_000,
      groupId: `${options.groupId}-stream-${randomUUID()}`,
    };
    const views: OrderViewCacheConfig = {
      capacity: env.ORDER_VIEW_CACHE_ENTRIES ?? 5000,
      ttlMs: env.ORDER_VIEW_CACHE_TTL_MS ?? 60_000,
      fetchWindowMs: options.rpcTimeoutMs + 1000,
    };
    return {
      module: TrackingModule,
      controllers: [OrderStreamController],
      providers: [
        { provide: TRACKING_CONFIG, useValue: config },
        { provide: TRACKING_KAFKA_ENV, useValue: options.kafka },
        StreamEventRepository,
        StreamHub,
        OrderStreamConsumer,
        OrderStreamReadiness,
        StreamPruner,
        { provide: ORDER_VIEW_CACHE_CONFIG, useValue: views },
        OrderViewCache,
      ],
      exports: [OrderStreamReadiness, OrderViewCache],
    };
  }
}
