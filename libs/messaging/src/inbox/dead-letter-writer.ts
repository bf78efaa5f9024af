import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Kafka, Producer } from 'kafkajs';
import { dlqOf, Header } from '@app/contracts';
import { KAFKA_CLIENT } from '../tokens';
import { PRODUCER_DEFAULTS } from '../kafka/kafka-config';

export interface DeadLetter {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: unknown;
  headers: Record<string, string>;
  error: string;
}

/** Parks a message that cannot be applied on `<topic>.dlq`, with the reason in a header. */
@Injectable()
export class DeadLetterWriter implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(DeadLetterWriter.name);
  private readonly producer: Producer;

  constructor(@Inject(KAFKA_CLIENT) kafka: Kafka) {
    this.producer = kafka.producer(PRODUCER_DEFAULTS);
  }

  async onModuleInit(): Promise<void> {
    await this.producer.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.producer.disconnect().catch(() => undefined);
  }

  async park(letter: DeadLetter): Promise<void> {
    this.logger.warn(
      `dead-lettering ${letter.topic}[${letter.partition}]@${letter.offset}: ${letter.error}`,
    );
    const value =
      typeof letter.value === 'string' || Buffer.isBuffer(letter.value)
        ? letter.value
        : JSON.stringify(letter.value);
    await this.producer.send({
      topic: dlqOf(letter.topic),
      messages: [
        {
          key: letter.key,
          value,
          headers: {
            ...letter.headers,
            [Header.DlqError]: letter.error.slice(0, 2000),
            [Header.DlqSourceTopic]: letter.topic,
            [Header.DlqSourcePartition]: String(letter.partition),
            [Header.DlqSourceOffset]: letter.offset,
          },
        },
      ],
    });
  }
}
