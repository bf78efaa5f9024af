import { Inject, Injectable } from '@nestjs/common';
import { SESSION_CONFIG, SessionConfig } from '../gateway.env';
import { CustomerView } from './customer.mapper';

const MAX_ENTRIES = 100_000;

/**
 * `GET /v1/me` is what the app calls on every start and screen change; reading PostgreSQL for
 * it each time would cost more than the whole request otherwise does. Views are kept as long
 * as verified sessions are (`SESSION_CACHE_MS`, 2 s by default): a change made through this
 * replica drops the entry at once, one made through another shows here within that time.
 * Ordering does not read this (it reads fresh settings through `OrderingProfiles`).
 */
@Injectable()
export class CustomerViewCache {
  private readonly entries = new Map<string, { view: CustomerView; until: number }>();

  constructor(@Inject(SESSION_CONFIG) private readonly config: SessionConfig) {}

  get(customerId: string): CustomerView | undefined {
    const entry = this.entries.get(customerId);
    if (!entry) return undefined;
    if (entry.until > Date.now()) return entry.view;
    this.entries.delete(customerId);
    return undefined;
  }

  set(view: CustomerView): void {
    if (this.config.cacheMs <= 0) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(view.id, { view, until: Date.now() + this.config.cacheMs });
  }

  forget(customerId: string): void {
    this.entries.delete(customerId);
  }
}
