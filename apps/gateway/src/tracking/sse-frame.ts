import { AppError } from '@app/contracts';

/**
 * Server-Sent Events wire format. Event data is single-line JSON, so one `data:` line is enough;
 * comment lines (`:`) keep idle connections open without reaching the client's handlers.
 */
export const sseEvent = (id: number, type: string, json: string): string =>
  `id: ${id}\nevent: ${type}\ndata: ${json}\n\n`;

export const sseComment = (text: string): string => `: ${text}\n\n`;

/** Tells EventSource how soon to reconnect after a dropped connection. */
export const sseRetry = (ms: number): string => `retry: ${ms}\n\n`;

const SEQ = /^\d{1,15}$/;

/**
 * The resume point a client sends back: an id we issued (a sequence number), or nothing for a
 * fresh stream. Anything else is a client bug worth telling it about rather than guessing.
 */
export function parseLastEventId(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!SEQ.test(value)) {
    throw AppError.badRequest(
      'invalid_last_event_id',
      'Last-Event-ID must be an id this stream sent.',
    );
  }
  return Number(value);
}
