import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { AuthenticatedCustomer, SessionVerifier } from '@app/auth';
import { SESSION_CONFIG, SessionConfig } from '../gateway.env';
import { Session } from './persistence/session.entity';
import { hashSessionToken, newSessionToken } from './session-token';

export interface IssuedSession {
  id: string;
  token: string;
  expiresAt: Date;
}

export interface ClientInfo {
  userAgent?: string;
  ip?: string;
}

/** Writing `last_used_at` on every request would turn every read into a write. */
const TOUCH_EVERY_MS = 60_000;

/**
 * Issues and verifies opaque session tokens. Verification trusts a short in-process cache, so a
 * revocation made on another replica is honoured here within `cacheMs` (a few seconds).
 */
@Injectable()
export class SessionStore implements SessionVerifier {
  private readonly cache = new Map<string, { customer: AuthenticatedCustomer; until: number }>();

  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @Inject(SESSION_CONFIG) private readonly config: SessionConfig,
  ) {}

  async issue(
    manager: EntityManager,
    customerId: string,
    client: ClientInfo,
  ): Promise<IssuedSession> {
    const token = newSessionToken();
    const now = new Date();
    const session: Session = {
      id: randomUUID(),
      customerId,
      tokenHash: hashSessionToken(token),
      createdAt: now,
      lastUsedAt: now,
      expiresAt: new Date(now.getTime() + this.config.absoluteTimeoutMs),
      revokedAt: null,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
      ip: client.ip?.slice(0, 60) ?? null,
    };
    await manager.insert(Session, session);
    return { id: session.id, token, expiresAt: this.expiryOf(session) };
  }

  /** When the session ends if it is not used again: the idle limit, capped by the absolute one. */
  expiryOf(session: Pick<Session, 'lastUsedAt' | 'expiresAt'>): Date {
    const idle = session.lastUsedAt.getTime() + this.config.idleTimeoutMs;
    return new Date(Math.min(idle, session.expiresAt.getTime()));
  }

  async verify(token: string): Promise<AuthenticatedCustomer | null> {
    const key = hashSessionToken(token);
    const cacheKey = key.toString('base64');
    const cached = this.cache.get(cacheKey);
    const now = Date.now();
    if (cached && cached.until > now) return cached.customer;
    this.cache.delete(cacheKey);
    const session = await this.sessions.findOneBy({ tokenHash: key });
    if (!session || session.revokedAt || this.expiryOf(session).getTime() <= now) return null;
    if (now - session.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
      await this.sessions.update({ id: session.id }, { lastUsedAt: new Date(now) });
    }
    const customer = { customerId: session.customerId, sessionId: session.id };
    if (this.config.cacheMs > 0) {
      if (this.cache.size > 100_000) this.cache.clear();
      this.cache.set(cacheKey, { customer, until: now + this.config.cacheMs });
    }
    return customer;
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
    this.forgetCached((c) => c.sessionId === sessionId);
  }

  private forgetCached(match: (c: AuthenticatedCustomer) => boolean): void {
    for (const [key, entry] of this.cache) if (match(entry.customer)) this.cache.delete(key);
  }
}
