import { randomUUID } from 'node:crypto';
import { Topic } from '@app/contracts';
import { createEvent, EventRejected, parseEvent } from './envelope';

describe('CloudEvent envelope', () => {
  const data = { orderId: randomUUID(), at: new Date().toISOString() };

  it('round-trips an event of a known type on its own topic', () => {
    const event = createEvent('/test', 'kitchen.ready', data.orderId, data);
    const parsed = parseEvent(JSON.parse(JSON.stringify(event)), Topic.KitchenEvents);
    expect(parsed).toMatchObject({
      specversion: '1.0',
      type: 'kitchen.ready',
      subject: data.orderId,
      data,
    });
  });

  it.each([
    ['a string', 'not an event', /not a JSON object/],
    [
      'a wrong specversion',
      { ...createEvent('/t', 'kitchen.ready', 'x', data), specversion: '0.3' },
      /specversion/,
    ],
    [
      'a non-UUID id',
      { ...createEvent('/t', 'kitchen.ready', 'x', data), id: '42' },
      /id must be a UUID/,
    ],
    [
      'an unknown type',
      { ...createEvent('/t', 'kitchen.ready', 'x', data), type: 'kitchen.exploded' },
      /unknown event type/,
    ],
    [
      'invalid data',
      createEvent('/t', 'kitchen.ready', 'x', { orderId: 'nope', at: 'soon' }),
      /orderId must be a UUID/,
    ],
  ])('rejects %s with the reason', (_what, value, reason) => {
    expect(() => parseEvent(value, Topic.KitchenEvents)).toThrow(EventRejected);
    expect(() => parseEvent(value, Topic.KitchenEvents)).toThrow(reason);
  });

  it('rejects a valid event on a topic it does not belong to', () => {
    const event = createEvent('/test', 'kitchen.ready', data.orderId, data);
    expect(() => parseEvent(event, Topic.CourierEvents)).toThrow(
      /does not belong on courier.events.v1/,
    );
  });
});
