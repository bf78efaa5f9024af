import { randomUUID } from 'node:crypto';
import { DynamicModule, Module } from '@nestjs/common';
import { KafkaEnv } from '@app/messaging';
import { loadEnvOrExit } from '@app/platform';
import { OrderStreamConsumer, TRACKING_KAFKA_ENV } from './order-stream.consumer';
import { OrderStreamController } from './order-stream.controller';
import { OrderStreamReadiness } from './order-stream.readiness';
import { StreamEventRepository } from './persistence/stream-event.repository';
import { StreamHub } from './stream-hub';
import { StreamPruner } from './stream-pruner';
import { TRACKING_CONFIG, TrackingConfig, TrackingEnv } from './tracking.env';

export interface TrackingOptions {
  kafka: KafkaEnv;
  /** The gateway's consumer group; the stream's per-process group is named after it. */
  groupId: string;
}

/** GET /v1/orders/stream: order events from Kafka to each customer's open connections. */
@Module({})
export class TrackingModule {
  static forRoot(options: TrackingOptions): DynamicModule {
    const env = loadEnvOrExit(TrackingEnv);
    const config: TrackingConfig = {
      heartbeatMs: env.STREAM_HEARTBEAT_MS ?? 15_000,
      retentionMs: (env.STREAM_RETENTION_HOURS ?? 24) * 3600_000,
      groupId: `${options.groupId}-stream-${randomUUID()}`,
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
      ],
      exports: [OrderStreamReadiness],
    };
  }
}
