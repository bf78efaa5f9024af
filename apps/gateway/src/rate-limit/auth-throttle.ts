import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '@app/contracts';

/** One counter: at most `limit` hits per fixed window of `windowSeconds`. */
export interface ThrottleRule {
  key: string;
  limit: number;
  windowSeconds: number;
}

/** A counter that went over its limit, and when its window ends. */
export interface ThrottleExceeded {
  key: string;
  retryAfterSeconds: number;
}

interface CounterRow {
  key: string;
  count: number;
  seconds_left: string;
}

/** Deleting expired counters on a small share of calls keeps the table small without a job. */
const SWEEP_PROBABILITY = 0.01;

/**
 * Fixed-window counters in PostgreSQL, so every gateway replica counts the same attempts and a
 * restart forgets nothing. A hit is counted before the work it guards (one atomic upsert), so
 * concurrent attempts cannot slip past the limit between a check and an increment.
 */
@Injectable()
export class AuthThrottle {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts one hit on every rule; returns those now over their limit. */
  async hit(rules: ThrottleRule[]): Promise<ThrottleExceeded[]> {
    // One order for every caller, so two upserts of the same keys cannot deadlock.
    const sorted = [...rules].sort((a, b) => a.key.localeCompare(b.key));
    const rows: CounterRow[] = await this.dataSource.query(
      `INSERT INTO auth_throttle (key, expires_at, count)
       SELECT k, now() + make_interval(secs => w), 1
         FROM unnest($1::text[], $2::int[]) AS t(k, w)
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN auth_throttle.expires_at <= now() THEN 1
                      ELSE auth_throttle.count + 1 END,
         expires_at = CASE WHEN auth_throttle.expires_at <= now() THEN EXCLUDED.expires_at
                           ELSE auth_throttle.expires_at END
       RETURNING key, count, extract(epoch FROM expires_at - now()) AS seconds_left`,
      [sorted.map((r) => r.key), sorted.map((r) => r.windowSeconds)],
    );
    if (Math.random() < SWEEP_PROBABILITY) {
      void this.dataSource
        .query(`DELETE FROM auth_throttle WHERE expires_at < now() - interval '1 hour'`)
        .catch(() => undefined);
    }
    const limits = new Map(sorted.map((r) => [r.key, r.limit]));
    return rows
      .filter((row) => row.count > (limits.get(row.key) ?? Infinity))
      .map((row) => ({
        key: row.key,
        retryAfterSeconds: Math.max(1, Math.ceil(Number(row.seconds_left))),
      }));
  }

  /** Takes back one hit (the attempt succeeded, so it was not guessing). */
  async release(keys: string[]): Promise<void> {
    await this.dataSource.query(
      `UPDATE auth_throttle SET count = greatest(count - 1, 0)
        WHERE key = ANY($1::text[]) AND expires_at > now()`,
      [keys],
    );
  }

  async reset(keys: string[]): Promise<void> {
    await this.dataSource.query('DELETE FROM auth_throttle WHERE key = ANY($1::text[])', [keys]);
  }
}

/** 429 with `Retry-After` (seconds) for the longest of the exceeded windows. */
export function tooManyAttempts(exceeded: ThrottleExceeded[]): AppError {
  const retryAfter = Math.max(...exceeded.map((e) => e.retryAfterSeconds));
  return new AppError({
    status: 429,
    code: 'too_many_attempts',
    title: 'Too many requests',
    detail: `Too many attempts; try again in ${retryAfter} seconds.`,
    retryAfterSeconds: retryAfter,
    headers: { 'Retry-After': String(retryAfter) },
  });
}
