import { randomUUID } from 'node:crypto';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { CloudEvent, EVENTS, EventData, EventType, isEventType } from '@app/contracts';

export function createEvent<T extends EventType>(
  source: string,
  type: T,
  subject: string,
  data: EventData<T>,
  time: Date = new Date(),
): CloudEvent<EventData<T>> {
  return {
    specversion: '1.0',
    id: randomUUID(),
    source,
    type,
    time: time.toISOString(),
    subject,
    datacontenttype: 'application/json',
    data,
  };
}

/** Why an incoming message cannot be applied; it goes to the dead-letter topic. */
export class EventRejected extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'EventRejected';
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function flatten(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((m) => `${path}: ${m}`);
    return [...own, ...flatten(e.children ?? [], path)];
  });
}

/**
 * Checks that a message value is a CloudEvent of a known type that belongs on `topic`, and
 * validates its `data` against the contract class. Throws EventRejected with the reason.
 */
export function parseEvent(
  value: unknown,
  topic: string,
): CloudEvent<object> & { type: EventType } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new EventRejected('message value is not a JSON object');
  }
  const event = value as Partial<CloudEvent<unknown>>;
  if (event.specversion !== '1.0') throw new EventRejected('specversion must be "1.0"');
  if (typeof event.id !== 'string' || !UUID.test(event.id)) {
    throw new EventRejected('id must be a UUID');
  }
  if (!isEventType(event.type)) throw new EventRejected(`unknown event type ${String(event.type)}`);
  if (EVENTS[event.type].topic !== topic) {
    throw new EventRejected(`event type ${event.type} does not belong on ${topic}`);
  }
  if (typeof event.data !== 'object' || event.data === null) {
    throw new EventRejected('data must be an object');
  }
  const data = plainToInstance(EVENTS[event.type].payload as new () => object, event.data);
  const problems = flatten(validateSync(data, { forbidUnknownValues: false }));
  if (problems.length > 0) throw new EventRejected(`invalid data: ${problems.join('; ')}`);
  return { ...(event as CloudEvent<object>), type: event.type, data };
}
