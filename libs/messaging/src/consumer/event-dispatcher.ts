import { Injectable, Logger } from '@nestjs/common';
import { KafkaContext } from '@nestjs/microservices';
import { DataSource, EntityManager } from 'typeorm';
import { CloudEvent, EventData, EventType, Header } from '@app/contracts';
import { runWithRequestId } from '../context/request-context';
import { EventRejected, parseEvent } from '../envelope';
import { DeadLetterWriter } from '../inbox/dead-letter-writer';
import { OutboxRelay } from '../outbox/outbox-relay';
import { consumerMetrics } from './consumer-metrics';

export type EventHandler<K extends EventType> = (
  data: EventData<K>,
  event: CloudEvent<EventData<K>>,
  manager: EntityManager,
) => Promise<void>;

export type EventHandlers = { [K in EventType]?: EventHandler<K> };

export type DispatchOutcome = 'applied' | 'duplicate' | 'ignored' | 'dead-lettered';

const RETRY_DELAYS_MS = [100, 500, 2000];

/**
 * The one way our apps consume events: validate the CloudEvent against its contract, apply it
 * exactly once (the event id is recorded in the same transaction as the side effects), retry a
 * failing handler a bounded number of times, and dead-letter what still fails. It never throws,
 * so the NestJS Kafka transport never restarts the consumer over one bad message.
 */
@Injectable()
export class EventDispatcher {
  private readonly logger = new Logger(EventDispatcher.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly deadLetters: DeadLetterWriter,
    private readonly relay: OutboxRelay,
  ) {}

  dispatch(
    consumer: string,
    value: unknown,
    ctx: KafkaContext,
    handlers: EventHandlers,
  ): Promise<DispatchOutcome> {
    const message = ctx.getMessage();
    const headers = stringHeaders(message.headers);
    return runWithRequestId(headers[Header.RequestId], async () => {
      const outcome = await this.apply(consumer, value, ctx, handlers, headers);
      consumerMetrics.inc({ consumer, topic: ctx.getTopic(), outcome });
      return outcome;
    });
  }

  private async apply(
    consumer: string,
    value: unknown,
    ctx: KafkaContext,
    handlers: EventHandlers,
    headers: Record<string, string>,
  ): Promise<DispatchOutcome> {
    let lastError: unknown;
    for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt++) {
      try {
        const event = parseEvent(value, ctx.getTopic());
        const handler = handlers[event.type] as EventHandler<EventType> | undefined;
        if (!handler) return 'ignored';
        const applied = await this.dataSource.transaction(async (manager) => {
          const inserted: unknown[] = await manager.query(
            `INSERT INTO processed_messages (consumer, event_id) VALUES ($1, $2)
             ON CONFLICT DO NOTHING RETURNING event_id`,
            [consumer, event.id],
          );
          if (inserted.length === 0) return false;
          await handler(event.data as EventData<EventType>, event as never, manager);
          return true;
        });
        // A handler's events sit in the outbox now: publish them without waiting for the poll.
        if (applied) this.relay.wake();
        else this.logger.log(`duplicate event ${event.id} (${event.type}) skipped`);
        return applied ? 'applied' : 'duplicate';
      } catch (error) {
        lastError = error;
        if (error instanceof EventRejected || attempt === RETRY_DELAYS_MS.length) break;
        this.logger.warn(`handler failed (attempt ${attempt + 1}), retrying: ${String(error)}`);
        await new Promise((r) => setTimeout(r, RETRY_DELAYS_MS[attempt]));
        await ctx.getHeartbeat()();
      }
    }
    const message = ctx.getMessage();
    await this.deadLetters.park({
      topic: ctx.getTopic(),
      partition: ctx.getPartition(),
      offset: message.offset,
      key: message.key == null ? null : String(message.key),
      value,
      headers,
      error: lastError instanceof Error ? lastError.message : String(lastError),
    });
    return 'dead-lettered';
  }
}

function stringHeaders(headers: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) {
    if (v !== undefined && v !== null) out[k] = String(v);
  }
  return out;
}
