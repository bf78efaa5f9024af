import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface NewStreamEvent {
  eventId: string;
  customerId: string;
  type: string;
  data: object;
  occurredAt: string;
}

/** A stored event as the stream sends it: `data` is already JSON text. */
export interface StoredStreamEvent {
  seq: number;
  type: string;
  data: string;
}

/**
 * The order_stream_events table. Plain SQL: the hot path is one function call per event and one
 * indexed range read per connected customer, and sequence numbers come back as bigint strings.
 */
@Injectable()
export class StreamEventRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores an event once, whichever replica gets there first; repeats are no-ops. */
  async append(event: NewStreamEvent): Promise<void> {
    await this.dataSource.query('SELECT append_order_stream_event($1, $2, $3, $4, $5)', [
      event.eventId,
      event.customerId,
      event.type,
      JSON.stringify(event.data),
      event.occurredAt,
    ]);
  }

  async after(customerId: string, seq: number, limit: number): Promise<StoredStreamEvent[]> {
    const rows: { seq: string; type: string; data: string }[] = await this.dataSource.query(
      `SELECT seq, type, data::text AS data FROM order_stream_events
       WHERE customer_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
      [customerId, seq, limit],
    );
    return rows.map((r) => ({ seq: Number(r.seq), type: r.type, data: r.data }));
  }

  /** The customer's newest sequence number, 0 when there is none. */
  async latestSeq(customerId: string): Promise<number> {
    const [row]: { seq: string | null }[] = await this.dataSource.query(
      'SELECT max(seq) AS seq FROM order_stream_events WHERE customer_id = $1',
      [customerId],
    );
    return Number(row?.seq ?? 0);
  }

  /** Deletes up to `limit` events stored before `before`; returns how many went. */
  async prune(before: Date, limit: number): Promise<number> {
    // TypeORM answers a DELETE with [rows, affected count].
    const [, deleted]: [unknown[], number] = await this.dataSource.query(
      `DELETE FROM order_stream_events WHERE seq IN (
         SELECT seq FROM order_stream_events WHERE stored_at < $1 ORDER BY stored_at LIMIT $2
       )`,
      [before, limit],
    );
    return deleted;
  }
}
