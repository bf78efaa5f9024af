import { AppError } from '@app/contracts';
import { parseLastEventId, sseComment, sseEvent } from './sse-frame';

describe('SSE frames', () => {
  it('writes an event with its id and type, ended by a blank line', () => {
    expect(sseEvent(42, 'order.placed', '{"a":1}')).toBe(
      'id: 42\nevent: order.placed\ndata: {"a":1}\n\n',
    );
    expect(sseComment('heartbeat')).toBe(': heartbeat\n\n');
  });

  it('reads a Last-Event-ID we issued, or nothing', () => {
    expect(parseLastEventId(undefined)).toBeUndefined();
    expect(parseLastEventId('')).toBeUndefined();
    expect(parseLastEventId('0')).toBe(0);
    expect(parseLastEventId('123456')).toBe(123456);
  });

  it('refuses an id we cannot have issued', () => {
    for (const bad of ['abc', '-1', '1.5', '9'.repeat(16), ' 1']) {
      expect(() => parseLastEventId(bad)).toThrow(AppError);
    }
  });
});
