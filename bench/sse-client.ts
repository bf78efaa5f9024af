import http from 'node:http';

export interface SseMessage {
  id?: string;
  event: string;
  data: string;
  /** performance.now() when the frame was parsed. */
  receivedAt: number;
}

export interface SseOpenOptions {
  token: string;
  lastEventId?: string;
}

/**
 * A minimal Server-Sent Events reader over node:http (fetch buffers in ways that blur timing).
 * Shared by the benchmark and the end-to-end tests.
 */
export class SseClient {
  readonly messages: SseMessage[] = [];
  comments = 0;
  ended = false;
  private readonly listeners = new Set<(message: SseMessage) => void>();
  private buffer = '';

  private constructor(
    private readonly request: http.ClientRequest,
    readonly status: number,
    readonly headers: http.IncomingHttpHeaders,
    /** The body, for a response that is not a stream (an error). */
    readonly errorBody?: string,
  ) {}

  /** Resolves once the response head has arrived (or with the error body for a non-200). */
  static open(url: string, options: SseOpenOptions): Promise<SseClient> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string> = {
        authorization: `Bearer ${options.token}`,
        accept: 'text/event-stream',
      };
      if (options.lastEventId !== undefined) headers['last-event-id'] = options.lastEventId;
      const request = http.get(url, { headers, agent: false }, (response) => {
        response.setEncoding('utf8');
        if (response.statusCode !== 200) {
          let body = '';
          response.on('data', (chunk: string) => (body += chunk));
          response.on('end', () =>
            resolve(new SseClient(request, response.statusCode ?? 0, response.headers, body)),
          );
          return;
        }
        const client = new SseClient(request, 200, response.headers);
        response.on('data', (chunk: string) => client.feed(chunk));
        response.on('close', () => (client.ended = true));
        resolve(client);
      });
      request.on('error', reject);
    });
  }

  onMessage(listener: (message: SseMessage) => void): void {
    this.listeners.add(listener);
  }

  /** Parsed `data` of every message so far of `event` type (all types when omitted). */
  data<T = Record<string, unknown>>(event?: string): T[] {
    return this.messages
      .filter((m) => !event || m.event === event)
      .map((m) => JSON.parse(m.data) as T);
  }

  close(): void {
    this.request.destroy();
    this.ended = true;
  }

  private feed(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const frame = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      this.parse(frame);
    }
  }

  private parse(frame: string): void {
    let id: string | undefined;
    let event = 'message';
    const data: string[] = [];
    let fields = 0;
    for (const line of frame.split('\n')) {
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const name = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      fields++;
      if (name === 'id') id = value;
      else if (name === 'event') event = value;
      else if (name === 'data') data.push(value);
    }
    if (fields === 0) {
      this.comments++;
      return;
    }
    if (data.length === 0) return; // retry: and similar control frames
    const message = { id, event, data: data.join('\n'), receivedAt: performance.now() };
    this.messages.push(message);
    this.listeners.forEach((listener) => listener(message));
  }
}
