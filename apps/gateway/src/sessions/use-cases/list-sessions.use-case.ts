import { Injectable } from '@nestjs/common';
import { AuthenticatedCustomer } from '@app/auth';
import { Page, PageQuery } from '@app/contracts';
import { decodeCursor, encodeCursor } from '@app/platform';
import { SessionView } from '../dto/list-sessions.dto';
import { SessionStore } from '../session-store';

const DEFAULT_LIMIT = 20;

/** The devices signed in to this account, newest first, marking the one asking. */
@Injectable()
export class ListSessionsUseCase {
  constructor(private readonly sessions: SessionStore) {}

  async execute(auth: AuthenticatedCustomer, query: PageQuery): Promise<Page<SessionView>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const rows = await this.sessions.listActive(auth.customerId, {
      limit: limit + 1,
      after: decodeCursor(query.cursor),
    });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((s) => ({
        id: s.id,
        userAgent: s.userAgent,
        ip: s.ip,
        createdAt: s.createdAt.toISOString(),
        lastUsedAt: s.lastUsedAt.toISOString(),
        expiresAt: this.sessions.expiryOf(s).toISOString(),
        current: s.id === auth.sessionId,
      })),
      nextCursor: rows.length > limit && last ? encodeCursor(last.createdAt, last.id) : null,
    };
  }
}
