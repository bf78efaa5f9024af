import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CloudEvent, EVENTS, EventData, EventType, Header } from '@app/contracts';
import { currentRequestId } from '../context/request-context';
import { createEvent } from '../envelope';
import { OutboxMessage } from './outbox-message.entity';
import { OutboxRelay } from './outbox-relay';
import { SERVICE_NAME } from '../tokens';
import { Inject } from '@nestjs/common';

/** One event to write, type-checked against its contract like `add`'s arguments. */
export type PendingEvent = {
  [T in EventType]: { type: T; subject: string; data: EventData<T>; time?: Date };
}[EventType];

/**
 * Writes events into the outbox inside the caller's transaction, so the business row and its
 * event commit together or not at all. The relay publishes them after the commit.
 */
@Injectable()
export class Outbox {
  constructor(
    @Inject(SERVICE_NAME) private readonly serviceName: string,
    private readonly relay: OutboxRelay,
  ) {}

  async add<T extends EventType>(
    manager: EntityManager,
    type: T,
    subject: string,
    data: EventData<T>,
    time?: Date,
  ): Promise<CloudEvent<EventData<T>>> {
    const [event] = await this.addAll(manager, [{ type, subject, data, time } as PendingEvent]);
    return event as CloudEvent<EventData<T>>;
  }

  /** Several events of one transaction in one insert, published in the order given. */
  async addAll(manager: EntityManager, events: PendingEvent[]): Promise<CloudEvent<object>[]> {
    if (events.length === 0) return [];
    const requestId = currentRequestId();
    const headers = requestId ? { [Header.RequestId]: requestId } : {};
    const cloudEvents = events.map(({ type, subject, data, time }) =>
      createEvent(`/${this.serviceName}`, type, subject, data, time),
    );
    await manager.insert(
      OutboxMessage,
      cloudEvents.map((event, i) => ({
        topic: EVENTS[events[i].type].topic,
        key: events[i].subject,
        value: JSON.stringify(event),
        headers,
      })),
    );
    return cloudEvents;
  }

  /** Call after the transaction commits: publishes now instead of at the next poll. */
  flushSoon(): void {
    this.relay.wake();
  }
}
