import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CloudEvent, EVENTS, EventData, EventType, Header } from '@app/contracts';
import { currentRequestId } from '../context/request-context';
import { createEvent } from '../envelope';
import { OutboxMessage } from './outbox-message.entity';
import { OutboxRelay } from './outbox-relay';
import { SERVICE_NAME } from '../tokens';
import { Inject } from '@nestjs/common';

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
    const event = createEvent(`/${this.serviceName}`, type, subject, data, time);
    const requestId = currentRequestId();
    await manager.insert(OutboxMessage, {
      topic: EVENTS[type].topic,
      key: subject,
      value: JSON.stringify(event),
      headers: requestId ? { [Header.RequestId]: requestId } : {},
    });
    return event;
  }

  /** Call after the transaction commits: publishes now instead of at the next poll. */
  flushSoon(): void {
    this.relay.wake();
  }
}
