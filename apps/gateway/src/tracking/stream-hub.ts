import { ServerResponse } from 'node:http';
import { Inject, Injectable, Logger, BeforeApplicationShutdown } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { StreamEventRepository } from './persistence/stream-event.repository';
import { StreamConnection } from './stream-connection';
import { TRACKING_CONFIG, TrackingConfig } from './tracking.env';

const READ_BATCH = 500;

const openStreams = new Gauge({
  name: 'order_stream_connections',
  help: 'Open GET /v1/orders/stream connections on this process.',
});

/**
 * This process's open order streams by customer. The store is the log and a Kafka event is only
 * a doorbell: on each ring a connection reads what is new since the last sequence number it
 * sent, so every connection gets every event once and in order, whichever replica stored it.
 */
@Injectable()
export class StreamHub implements BeforeApplicationShutdown {
  private readonly logger = new Logger(StreamHub.name);
  private readonly byCustomer = new Map<string, Set<StreamConnection>>();

  constructor(
    private readonly store: StreamEventRepository,
    @Inject(TRACKING_CONFIG) private readonly config: TrackingConfig,
  ) {}

  /**
   * Starts streaming to `response`: after `resumeAfter` when the client resumes, otherwise from
   * now on (the client reads current state with GET /v1/orders/{id}).
   */
  async open(
    customerId: string,
    response: ServerResponse,
    headers: Record<string, string>,
    resumeAfter: number | undefined,
  ): Promise<void> {
    const connection = new StreamConnection(customerId, response, this.config.heartbeatMs, headers);
    // Registered before the starting point is read, so an event stored meanwhile is not missed:
    // its ring finds the connection busy and asks for another read.
    connection.pumping = true;
    this.add(connection);
    try {
      connection.lastSeq = resumeAfter ?? (await this.store.latestSeq(customerId));
    } catch (error) {
      this.logger.error(`cannot start a stream: ${String(error)}`);
      connection.close();
      return;
    }
    connection.pumping = false;
    await this.pump(connection);
  }

  /** Something new was stored for this customer: every connection of theirs reads it. */
  ring(customerId: string): void {
    const connections = this.byCustomer.get(customerId);
    if (!connections) return;
    for (const connection of connections) void this.pump(connection);
  }

  get connectionCount(): number {
    let count = 0;
    for (const set of this.byCustomer.values()) count += set.size;
    return count;
  }

  /** Ends every stream before the HTTP server closes, which would otherwise wait for them. */
  beforeApplicationShutdown(): void {
    for (const set of [...this.byCustomer.values()]) for (const c of [...set]) c.close();
  }

  private add(connection: StreamConnection): void {
    const set = this.byCustomer.get(connection.customerId) ?? new Set();
    set.add(connection);
    this.byCustomer.set(connection.customerId, set);
    openStreams.inc();
    connection.whenClosed(() => {
      openStreams.dec();
      set.delete(connection);
      if (set.size === 0 && this.byCustomer.get(connection.customerId) === set) {
        this.byCustomer.delete(connection.customerId);
      }
    });
  }

  private async pump(connection: StreamConnection): Promise<void> {
    if (connection.pumping) {
      connection.pumpAgain = true;
      return;
    }
    connection.pumping = true;
    try {
      do {
        connection.pumpAgain = false;
        const events = await this.store.after(
          connection.customerId,
          connection.lastSeq ?? 0,
          READ_BATCH,
        );
        for (const event of events) connection.send(event);
        if (events.length === READ_BATCH) connection.pumpAgain = true;
      } while (connection.pumpAgain && connection.isOpen);
    } catch (error) {
      // The client reconnects with its Last-Event-ID and loses nothing.
      this.logger.warn(`stream read failed, closing it: ${String(error)}`);
      connection.close();
    } finally {
      connection.pumping = false;
    }
  }
}
