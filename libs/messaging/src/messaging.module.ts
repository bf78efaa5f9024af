import { DynamicModule, Global, Module } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { EventDispatcher } from './consumer/event-dispatcher';
import { DeadLetterWriter } from './inbox/dead-letter-writer';
import { kafkaClientConfig, KafkaEnv } from './kafka/kafka-config';
import { KafkaReadiness } from './kafka/kafka-readiness';
import { Outbox } from './outbox/outbox';
import { OutboxRelay } from './outbox/outbox-relay';
import { KAFKA_CLIENT, SERVICE_NAME } from './tokens';

export interface MessagingOptions {
  serviceName: string;
  kafka: KafkaEnv;
}

/** Outbox, relay, idempotent dispatcher and dead-lettering for one app. */
@Global()
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingOptions): DynamicModule {
    return {
      module: MessagingModule,
      providers: [
        { provide: SERVICE_NAME, useValue: options.serviceName },
        {
          provide: KAFKA_CLIENT,
          useFactory: () =>
            new Kafka(kafkaClientConfig(options.kafka, `${options.serviceName}-messaging`)),
        },
        Outbox,
        OutboxRelay,
        DeadLetterWriter,
        EventDispatcher,
        KafkaReadiness,
      ],
      exports: [SERVICE_NAME, KAFKA_CLIENT, Outbox, EventDispatcher, KafkaReadiness],
    };
  }
}
