import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Not, Repository } from 'typeorm';
import { AuthenticatedCustomer, SessionVerifier } from '@app/auth';
import { SESSION_CONFIG, SessionConfig } from '../gateway.env';
import { Session } from './persistence/session.entity';
import { hashSessionToken, newSessionToken, sessionTokenKey } from './session-token';

export interface IssuedSession {
  id: string;
  token: string;
  expiresAt: Date;
}

export interface ClientInfo {
  userAgent?: string;
  ip?: string;
}

/** What verification needs to remember about a session between database reads. */
interface CachedSession {
  customer: AuthenticatedCustomer;
  /** Until then the session is not re-read, so revocations elsewhere wait at most this long. */
  checkedUntil: number;
  lastUsedAt: number;
  absoluteExpiresAt: number;
}

/**
 * Writing `last_used_at` on every request would turn every read into a write; once a minute
 * is plenty for a 7-day idle limit (shorter for the short limits tests use).
 */
const MAX_TOUCH_EVERY_MS = 60_000;
const MAX_CACHED = 100_000;
/** 32 random bytes as unpadded base64url. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * Issues, verifies, lists and revokes opaque session tokens. Verification trusts a short
 * in-process cache, so a revocation made on another replica is honoured here within
 * `cacheMs` (2 s by default, 5 s at most); one made on this replica, at once.
 */
@Injectable()
export class SessionStore implements SessionVerifier {
  private readonly cache = new Map<string, CachedSession>();
  private readonly touchEveryMs: number;

  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @Inject(SESSION_CONFIG) private readonly config: SessionConfig,
  ) {
    this.touchEveryMs = Math.min(MAX_TOUCH_EVERY_MS, Math.floor(config.idleTimeoutMs / 4));
  }

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
    return new Date(this.expiryAt(session.lastUsedAt.getTime(), session.expiresAt.getTime()));
  }

  async verify(token: string): Promise<AuthenticatedCustomer | null> {
    // Anything not shaped like one of our tokens is refused without hashing or a query.
    if (!TOKEN_SHAPE.test(token)) return null;
    const cacheKey = sessionTokenKey(token);
    const now = Date.now();
    let entry = this.cache.get(cacheKey);
    if (!entry || entry.checkedUntil <= now) {
      this.cache.delete(cacheKey);
      entry = await this.load(cacheKey, now);
      if (!entry) return null;
    }
    if (this.expiryAt(entry.lastUsedAt, entry.absoluteExpiresAt) <= now) {
      this.cache.delete(cacheKey);
      return null;
    }
    if (now - entry.lastUsedAt >= this.touchEveryMs) {
      // Set first, so concurrent requests on one session write once.
      entry.lastUsedAt = now;
      await this.sessions.update({ id: entry.customer.sessionId }, { lastUsedAt: new Date(now) });
    }
    return entry.customer;
  }

  /** The session if it is still active, and the cache entry for it. */
  private async load(cacheKey: string, now: number): Promise<CachedSession | undefined> {
    const session = await this.sessions.findOneBy({ tokenHash: Buffer.from(cacheKey, 'base64') });
    if (!session || session.revokedAt) return undefined;
    const entry: CachedSession = {
      customer: { customerId: session.customerId, sessionId: session.id },
      checkedUntil: now + this.config.cacheMs,
      lastUsedAt: session.lastUsedAt.getTime(),
      absoluteExpiresAt: session.expiresAt.getTime(),
    };
    if (this.config.cacheMs > 0) {
      if (this.cache.size >= MAX_CACHED) this.cache.clear();
      this.cache.set(cacheKey, entry);
    }
    return entry;
  }

  private expiryAt(lastUsedAt: number, absoluteExpiresAt: number): number {
    return Math.min(lastUsedAt + this.config.idleTimeoutMs, absoluteExpiresAt);
  }

  /** The customer's sessions that still work, newest first, one page. */
  async listActive(
    customerId: string,
    page: { limit: number; after?: { at: string; id: string } | null },
  ): Promise<Session[]> {
    const idleSeconds = this.config.idleTimeoutMs / 1000;
    const query = this.sessions
      .createQueryBuilder('s')
      .where('s.customer_id = :customerId', { customerId })
      .andWhere('s.revoked_at IS NULL')
      .andWhere('s.expires_at > now()')
      .andWhere('s.last_used_at > now() - make_interval(secs => :idleSeconds)', { idleSeconds })
      .orderBy('s.created_at', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .limit(page.limit);
    if (page.after) {
      query.andWhere('(s.created_at, s.id) < (:at, :id)', page.after);
    }
    return query.getMany();
  }

  /** Revokes one of the customer's sessions; false when they have no such session. */
  async revokeOwned(customerId: string, sessionId: string): Promise<boolean> {
    const found = await this.sessions.existsBy({ id: sessionId, customerId });
    if (!found) return false;
    await this.revoke(sessionId);
    return true;
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
    this.forgetCached((c) => c.sessionId === sessionId);
  }

  /**
   * Signs the customer out everywhere but `keepSessionId`, inside the caller's transaction.
   * Call `forgetOthers` after the commit, or this replica trusts its cache for a while longer.
   */
  async revokeOthers(manager: EntityManager, customerId: string, keepSessionId: string) {
    await manager.update(
      Session,
      { customerId, id: Not(keepSessionId), revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
  }

  forgetOthers(customerId: string, keepSessionId: string): void {
    this.forgetCached((c) => c.customerId === customerId && c.sessionId !== keepSessionId);
  }

  /** Whether the customer ever signed in from this IP (a known device, not a guesser). */
  hasSignedInFrom(customerId: string, ip: string): Promise<boolean> {
    return this.sessions.existsBy({ customerId, ip: ip.slice(0, 60) });
  }

  private forgetCached(match: (c: AuthenticatedCustomer) => boolean): void {
    for (const [key, entry] of this.cache) if (match(entry.customer)) this.cache.delete(key);
  }
}
