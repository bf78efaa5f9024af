import { Inject, Injectable } from '@nestjs/common';
import { Counter } from 'prom-client';
import { OrderView } from '@app/contracts';

export interface OrderViewCacheConfig {
  /** How many views one gateway process keeps; 0 turns the cache off. */
  capacity: number;
  /** The longest a view is served: the bound on what a missed event could leave stale. */
  ttlMs: number;
  /** A fetch older than this has timed out, so its reply is never stored. */
  fetchWindowMs: number;
}

export const ORDER_VIEW_CACHE_CONFIG = Symbol('ORDER_VIEW_CACHE_CONFIG');

interface Entry {
  customerId: string;
  json: string;
  expiresAt: number;
}

const lookups = new Counter({
  name: 'order_view_cache_lookups_total',
  help: 'GET /v1/orders/{id} answered from this gateway process (hit) or the orders service (miss).',
  labelNames: ['outcome'],
});

/**
 * The orders this gateway process served or placed recently, as the JSON the customer gets, so
 * an app following its order reads it without a request-reply round trip to the orders service.
 *
 * Every gateway process reads every event on `orders.v1` (OrderStreamConsumer), and orders
 * publishes one for every change a customer can see; each event drops that order's view. A view
 * is stored only if no event about the order arrived since its fetch began, so a slow reply can
 * never overwrite a newer change. What remains is the time from the orders commit to the event
 * reaching this process, the same delay as the live stream's.
 */
@Injectable()
export class OrderViewCache {
  private readonly views = new Map<string, Entry>();
  /** When each order last changed, kept as long as a fetch may take (insertion = time order). */
  private readonly changedAt = new Map<string, number>();

  constructor(@Inject(ORDER_VIEW_CACHE_CONFIG) private readonly config: OrderViewCacheConfig) {}

  /** The time to pass to `put` for a fetch that starts now. */
  now(): number {
    return performance.now();
  }

  /** The order as JSON text, if this process has it for this customer. */
  get(orderId: string, customerId: string): string | undefined {
    let entry = this.views.get(orderId);
    if (entry && entry.expiresAt <= this.now()) {
      this.views.delete(orderId);
      entry = undefined;
    }
    // Another customer's order is a miss: the orders service answers it with its 404.
    const json = entry?.customerId === customerId ? entry.json : undefined;
    lookups.inc({ outcome: json === undefined ? 'miss' : 'hit' });
    return json;
  }

  /**
   * Replaces what is cached for the order with a view fetched (or made) since `fetchStartedAt`,
   * unless the order changed in the meantime; returns the view as JSON text.
   */
  put(view: OrderView, fetchStartedAt: number): string {
    const json = JSON.stringify(view);
    this.views.delete(view.id);
    const now = this.now();
    const changed = this.changedAt.get(view.id);
    const fresh =
      now - fetchStartedAt < this.config.fetchWindowMs &&
      (changed === undefined || changed < fetchStartedAt);
    if (this.config.capacity > 0 && fresh) {
      this.views.set(view.id, {
        customerId: view.customerId,
        json,
        expiresAt: now + this.config.ttlMs,
      });
      // Map order is insertion order: the first key is the oldest view.
      if (this.views.size > this.config.capacity) {
        this.views.delete(this.views.keys().next().value as string);
      }
    }
    return json;
  }

  /** An event says the order changed: drop its view and refuse fetches already under way. */
  invalidate(orderId: string): void {
    const now = this.now();
    this.views.delete(orderId);
    this.changedAt.delete(orderId);
    this.changedAt.set(orderId, now);
    for (const [id, at] of this.changedAt) {
      if (at > now - this.config.fetchWindowMs) break;
      this.changedAt.delete(id);
    }
  }

  get size(): number {
    return this.views.size;
  }
}
