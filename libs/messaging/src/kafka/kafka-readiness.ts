import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Admin, Kafka } from 'kafkajs';
import { KAFKA_CLIENT } from '../tokens';

/** Readiness: can we reach a broker right now? Answers from a short cache under load. */
@Injectable()
export class KafkaReadiness implements OnApplicationShutdown {
  readonly name = 'kafka';
  private readonly admin: Admin;
  private connected?: Promise<void>;
  private lastOk = 0;

  constructor(@Inject(KAFKA_CLIENT) kafka: Kafka) {
    this.admin = kafka.admin({ retry: { retries: 0 } });
  }

  async check(): Promise<void> {
    if (Date.now() - this.lastOk < 2000) return;
    this.connected ??= this.admin.connect().catch((error) => {
      this.connected = undefined;
      throw error;
    });
    await this.connected;
    await this.admin.describeCluster();
    this.lastOk = Date.now();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.admin.disconnect().catch(() => undefined);
  }
}
