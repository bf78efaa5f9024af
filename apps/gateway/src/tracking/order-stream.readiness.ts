import { Injectable } from '@nestjs/common';
import { ReadinessCheck } from '@app/platform';
import { OrderStreamConsumer } from './order-stream.consumer';

/** A gateway that has not joined the order topic would open streams that stay silent. */
@Injectable()
export class OrderStreamReadiness implements ReadinessCheck {
  readonly name = 'order-stream';

  constructor(private readonly consumer: OrderStreamConsumer) {}

  async check(): Promise<void> {
    if (!this.consumer.isReady()) throw new Error('order stream consumer has not fetched yet');
  }
}
