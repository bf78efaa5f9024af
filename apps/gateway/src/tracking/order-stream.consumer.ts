import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { Consumer, EachMessagePayload, Kafka, logLevel } from 'kafkajs';
import { Topic } from '@app/contracts';
import {
  CONSUMER_TUNING,
  EventRejected,
  kafkaClientConfig,
  KafkaEnv,
  parseEvent,
} from '@app/messaging';
import { PARTITIONS } from '@app/contracts';
import { StreamEventRepository } from './persistence/stream-event.repository';
import { OrderViewCache } from './order-view-cache';
import { StreamHub } from './stream-hub';
import { TRACKING_CONFIG, TrackingConfig } from './tracking.env';

export const TRACKING_KAFKA_ENV = Symbol('TRACKING_KAFKA_ENV');

/** What a customer sees on their stream; other order events (ratings) are not theirs to watch. */
const STREAMED_TYPES: ReadonlySet<string> = new Set([
  'order.placed',
  'order.status_changed',
  'order.cancelled',
  'order.courier_location',
  'order.estimates_changed',
]);

/**
 * Reads every order event in every gateway process (each its own consumer group, from the
 * latest offset, never committing), stores what customers stream and rings their connections
 * here. kafkajs directly: the shared helpers assume one consumer group per app.
 */
@Injectable()
export class OrderStreamConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OrderStreamConsumer.name);
  private readonly consumer: Consumer;
  private joined = false;
  private fetchedSinceJoin = false;
  private stopping = false;

  constructor(
    @Inject(TRACKING_KAFKA_ENV) kafkaEnv: KafkaEnv,
    @Inject(TRACKING_CONFIG) config: TrackingConfig,
    private readonly store: StreamEventRepository,
    private readonly hub: StreamHub,
    private readonly views: OrderViewCache,
  ) {
    const kafka = new Kafka({
      ...kafkaClientConfig(kafkaEnv, 'gateway-order-stream'),
      logLevel: logLevel.ERROR,
    });
    this.consumer = kafka.consumer({ groupId: config.groupId, ...CONSUMER_TUNING });
    this.consumer.on(this.consumer.events.GROUP_JOIN, () => {
      this.joined = true;
      this.fetchedSinceJoin = false;
    });
    this.consumer.on(this.consumer.events.FETCH, () => {
      if (this.joined) this.fetchedSinceJoin = true;
    });
    this.consumer.on(this.consumer.events.CRASH, ({ payload }) => {
      this.joined = false;
      this.logger.error(`order stream consumer crashed: ${String(payload.error)}`);
    });
    this.consumer.on(this.consumer.events.STOP, () => (this.joined = false));
  }

  /**
   * Ready once it has joined and fetched: a new group's starting offsets are fixed by its first
   * fetch, so events produced after readiness cannot slip past it.
   */
  isReady(): boolean {
    return this.joined && this.fetchedSinceJoin;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [Topic.Orders], fromBeginning: false });
    await this.consumer.run({
      autoCommit: false,
      partitionsConsumedConcurrently: PARTITIONS.event,
      eachMessage: (payload) => this.handle(payload),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.consumer.disconnect().catch(() => undefined);
  }

  private async handle({ message }: EachMessagePayload): Promise<void> {
    if (this.stopping) return;
    const event = this.parse(message.value);
    // Keyed by order id: whatever it says, the order changed, except when it was just made.
    const orderId = message.key?.toString();
    if (orderId && event?.type !== 'order.placed') this.views.invalidate(orderId);
    if (!event || !STREAMED_TYPES.has(event.type)) return;
    const customerId = (event.data as { customerId?: unknown }).customerId;
    if (typeof customerId !== 'string') return;
    // A failure here is thrown: kafkajs retries the message rather than losing it.
    await this.store.append({
      eventId: event.id,
      customerId,
      type: event.type,
      data: event.data,
      occurredAt: event.time,
    });
    this.hub.ring(customerId);
  }

  /** The orders service owns this topic's contract: what does not parse is not ours to stream. */
  private parse(value: Buffer | null) {
    try {
      return parseEvent(JSON.parse(value?.toString() ?? ''), Topic.Orders);
    } catch (error) {
      if (error instanceof EventRejected) {
        this.logger.warn(`not streaming an invalid order event: ${error.message}`);
      } else if (!(error instanceof SyntaxError)) {
        throw error;
      }
      return undefined;
    }
  }
}
