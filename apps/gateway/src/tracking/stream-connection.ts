import { ServerResponse } from 'node:http';
import { sseComment, sseEvent, sseRetry } from './sse-frame';
import { StoredStreamEvent } from './persistence/stream-event.repository';

/** A client that reads slower than events arrive is cut off; it reconnects and resumes. */
const MAX_BUFFERED_BYTES = 1024 * 1024;
const RECONNECT_AFTER_MS = 2000;

/**
 * One open SSE response: writes frames, sends heartbeats, and remembers the last sequence number
 * it delivered so that nothing is sent twice on it. Closing (by either side) clears its timer.
 */
export class StreamConnection {
  /** Undefined until the starting point is known; events are not sent before that. */
  lastSeq?: number;
  /** Set while a read from the store is running, so reads never overlap and reorder. */
  pumping = false;
  /** Another event arrived while pumping: read again when the current read is done. */
  pumpAgain = false;
  private closed = false;
  private readonly heartbeat: NodeJS.Timeout;
  private readonly onClose = new Set<() => void>();

  constructor(
    readonly customerId: string,
    private readonly response: ServerResponse,
    heartbeatMs: number,
    headers: Record<string, string>,
  ) {
    response.writeHead(200, {
      ...headers,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      // nginx and similar proxies would otherwise buffer the stream.
      'x-accel-buffering': 'no',
    });
    response.write(sseRetry(RECONNECT_AFTER_MS) + sseComment('connected'));
    this.heartbeat = setInterval(() => this.write(sseComment('heartbeat')), heartbeatMs);
    response.once('close', () => this.close());
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  whenClosed(listener: () => void): void {
    this.onClose.add(listener);
  }

  send(event: StoredStreamEvent): void {
    if (this.lastSeq !== undefined && event.seq <= this.lastSeq) return;
    this.lastSeq = event.seq;
    this.write(sseEvent(event.seq, event.type, event.data));
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.heartbeat);
    if (!this.response.writableEnded) this.response.end();
    this.onClose.forEach((listener) => listener());
    this.onClose.clear();
  }

  private write(chunk: string): void {
    if (this.closed) return;
    if (this.response.writableLength > MAX_BUFFERED_BYTES) {
      this.response.destroy();
      this.close();
      return;
    }
    this.response.write(chunk);
  }
}
