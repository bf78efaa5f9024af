import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { FastifyReply } from 'fastify';
import { AuthenticatedCustomer, CurrentCustomer } from '@app/auth';
import { parseLastEventId } from './sse-frame';
import { StreamHub } from './stream-hub';

/** Live order tracking as Server-Sent Events; the session guard has already run. */
@Controller('v1/orders')
export class OrderStreamController {
  constructor(private readonly hub: StreamHub) {}

  /**
   * `Last-Event-ID` (sent by EventSource on reconnect) resumes after that event; the
   * `lastEventId` query parameter does the same for clients that cannot set headers.
   */
  @Get('stream')
  async stream(
    @CurrentCustomer() auth: AuthenticatedCustomer,
    @Headers('last-event-id') header: string | undefined,
    @Query('lastEventId') query: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const resumeAfter = parseLastEventId(header ?? query);
    // From here on the response is ours, not Fastify's: headers already set (X-Request-Id) go
    // out with the stream's own.
    reply.hijack();
    await this.hub.open(auth.customerId, reply.raw, stringHeaders(reply.getHeaders()), resumeAfter);
  }
}

function stringHeaders(headers: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value === 'string' || typeof value === 'number') out[name] = String(value);
  }
  return out;
}
