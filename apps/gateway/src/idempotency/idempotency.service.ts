import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppError, Problem } from '@app/contracts';
import { IdempotencyRecord } from './persistence/idempotency-record.entity';

const TTL_MS = 24 * 3600_000;
/** A first attempt that has not finished in this long is taken to have died. */
const STALE_IN_PROGRESS_MS = 60_000;
const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

export interface StoredResponse {
  status: number;
  body: unknown;
  replayed: boolean;
}

/**
 * SPEC §2 Idempotency-Key: the same key and body within 24 h returns the first response; another
 * body is 422 `idempotency_key_reused`; a retry while the first runs is 409. Keys are scoped per
 * customer. Server errors are not stored, so a retry runs again (the services dedupe by key).
 */
@Injectable()
export class IdempotencyService {
  constructor(
    @InjectRepository(IdempotencyRecord) private readonly records: Repository<IdempotencyRecord>,
  ) {}

  async run(
    customerId: string,
    key: string | undefined,
    scope: string,
    body: unknown,
    status: number,
    execute: () => Promise<unknown>,
  ): Promise<StoredResponse> {
    if (!key || !KEY_PATTERN.test(key)) {
      throw AppError.badRequest(
        'idempotency_key_required',
        'Send an Idempotency-Key header (1-200 printable characters).',
      );
    }
    const requestHash = createHash('sha256')
      .update(`${scope}\n${canonicalJson(body)}`)
      .digest('hex');
    const claimed = await this.claim(customerId, key, scope, requestHash);
    if (!claimed) return this.replay(customerId, key, requestHash);
    try {
      const result = await execute();
      await this.records.update(
        { customerId, key },
        { responseStatus: status, responseBody: JSON.stringify(result) },
      );
      return { status, body: result, replayed: false };
    } catch (error) {
      if (error instanceof AppError && error.problem.status < 500) {
        await this.records.update(
          { customerId, key },
          { responseStatus: error.problem.status, responseBody: JSON.stringify(error.problem) },
        );
      } else {
        await this.records.delete({ customerId, key });
      }
      throw error;
    }
  }

  /** Inserts the in-progress record; false when the key is already taken. */
  private async claim(
    customerId: string,
    key: string,
    scope: string,
    requestHash: string,
  ): Promise<boolean> {
    const rows: unknown[] = await this.records.query(
      `INSERT INTO idempotency_records (customer_id, key, scope, request_hash, created_at)
       VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (customer_id, key) DO UPDATE
         SET scope = EXCLUDED.scope, request_hash = EXCLUDED.request_hash, created_at = now(),
             response_status = NULL, response_body = NULL
         WHERE idempotency_records.created_at < now() - make_interval(secs => $5)
            OR (idempotency_records.response_status IS NULL
                AND idempotency_records.created_at < now() - make_interval(secs => $6))
       RETURNING key`,
      [customerId, key, scope, requestHash, TTL_MS / 1000, STALE_IN_PROGRESS_MS / 1000],
    );
    return rows.length > 0;
  }

  private async replay(
    customerId: string,
    key: string,
    requestHash: string,
  ): Promise<StoredResponse> {
    const record = await this.records.findOneBy({ customerId, key });
    if (!record) throw AppError.conflict('idempotency_in_progress', 'Retry in a moment.');
    if (record.requestHash !== requestHash) {
      throw AppError.unprocessable(
        'idempotency_key_reused',
        'This Idempotency-Key was used with a different request.',
      );
    }
    if (record.responseStatus === null) {
      throw AppError.conflict(
        'idempotency_in_progress',
        'The first request with this key is still running.',
      );
    }
    const body: unknown = JSON.parse(record.responseBody ?? 'null');
    if (record.responseStatus >= 400) throw new AppError(body as Problem);
    return { status: record.responseStatus, body, replayed: true };
  }
}

/** Key order must not change the hash of the same body. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
