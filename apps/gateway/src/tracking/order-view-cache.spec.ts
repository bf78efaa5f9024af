import { OrderView } from '@app/contracts';
import { OrderViewCache } from './order-view-cache';

const ADA = '00000000-0000-4000-8000-00000000000a';
const BOB = '00000000-0000-4000-8000-00000000000b';

const view = (id: string, status = 'processing') =>
  ({ id, customerId: ADA, status }) as unknown as OrderView;

describe('OrderViewCache', () => {
  let clock: number;
  const cacheWith = (capacity = 10) => {
    const cache = new OrderViewCache({ capacity, ttlMs: 60_000, fetchWindowMs: 6_000 });
    jest.spyOn(cache, 'now').mockImplementation(() => clock);
    return cache;
  };

  beforeEach(() => (clock = 1_000));

  it('serves a stored view to its customer only, as the JSON it answered with', () => {
    const cache = cacheWith();
    const json = cache.put(view('o1'), cache.now());
    expect(JSON.parse(json)).toEqual(view('o1'));
    expect(cache.get('o1', ADA)).toBe(json);
    expect(cache.get('o1', BOB)).toBeUndefined();
    expect(cache.get('o2', ADA)).toBeUndefined();
  });

  it('drops a view when an event says the order changed', () => {
    const cache = cacheWith();
    cache.put(view('o1'), cache.now());
    cache.invalidate('o1');
    expect(cache.get('o1', ADA)).toBeUndefined();
  });

  it('never stores a reply fetched before the order changed, even when it arrives after', () => {
    const cache = cacheWith();
    const startedAt = cache.now();
    clock += 5;
    cache.invalidate('o1'); // the event overtakes the reply that was read before the change
    clock += 5;
    const json = cache.put(view('o1', 'processing'), startedAt);
    expect(JSON.parse(json).status).toBe('processing'); // still answered, just not kept
    expect(cache.get('o1', ADA)).toBeUndefined();

    const later = cache.now();
    clock += 5;
    cache.put(view('o1', 'cooking'), later);
    expect(JSON.parse(cache.get('o1', ADA)!).status).toBe('cooking');
  });

  it('drops what it had when a reply comes that it may not keep', () => {
    const cache = cacheWith();
    const cancelStartedAt = cache.now();
    clock += 1;
    cache.invalidate('o1'); // order.cancelled arrives before the cancel's own reply
    clock += 1;
    cache.put(view('o1', 'cancelled'), cache.now()); // a read after the event: kept
    expect(cache.get('o1', ADA)).toBeDefined();
    clock += 1;
    cache.put(view('o1', 'cancelled'), cancelStartedAt); // too old to keep, and not kept
    expect(cache.get('o1', ADA)).toBeUndefined();
  });

  it('forgets views after their time to live', () => {
    const cache = cacheWith();
    cache.put(view('o1'), cache.now());
    clock += 59_999;
    expect(cache.get('o1', ADA)).toBeDefined();
    clock += 1;
    expect(cache.get('o1', ADA)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('keeps no reply of a fetch that took longer than a request may', () => {
    const cache = cacheWith();
    const startedAt = cache.now();
    clock += 6_000;
    cache.put(view('o1'), startedAt);
    expect(cache.get('o1', ADA)).toBeUndefined();
  });

  it('holds at most its capacity, letting the oldest view go first', () => {
    const cache = cacheWith(2);
    for (const id of ['o1', 'o2', 'o3']) cache.put(view(id), cache.now());
    expect(cache.size).toBe(2);
    expect(cache.get('o1', ADA)).toBeUndefined();
    expect(cache.get('o3', ADA)).toBeDefined();
  });

  it('stores nothing with capacity 0, and still answers', () => {
    const cache = cacheWith(0);
    expect(JSON.parse(cache.put(view('o1'), cache.now())).id).toBe('o1');
    expect(cache.size).toBe(0);
  });
});
