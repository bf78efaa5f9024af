import { Repository } from 'typeorm';
import { SessionConfig } from '../gateway.env';
import { Session } from './persistence/session.entity';
import { SessionStore } from './session-store';
import { hashSessionToken, newSessionToken } from './session-token';

const config: SessionConfig = { idleTimeoutMs: 60_000, absoluteTimeoutMs: 600_000, cacheMs: 2_000 };

function storeWith(session: Partial<Session>) {
  const token = newSessionToken();
  const row: Session = {
    id: 's1',
    customerId: 'c1',
    tokenHash: hashSessionToken(token),
    createdAt: new Date(),
    lastUsedAt: new Date(),
    expiresAt: new Date(Date.now() + config.absoluteTimeoutMs),
    revokedAt: null,
    userAgent: null,
    ip: null,
    ...session,
  };
  const repo = {
    findOneBy: jest.fn(async ({ tokenHash }: { tokenHash: Buffer }) =>
      tokenHash.equals(row.tokenHash) ? { ...row } : null,
    ),
    update: jest.fn(async () => undefined),
  };
  const store = new SessionStore(repo as unknown as Repository<Session>, config);
  return { store, repo, token, row };
}

describe('SessionStore.verify', () => {
  afterEach(() => jest.useRealTimers());

  it('reads the database once per cache period', async () => {
    const { store, repo, token } = storeWith({});
    await expect(store.verify(token)).resolves.toEqual({ customerId: 'c1', sessionId: 's1' });
    await store.verify(token);
    expect(repo.findOneBy).toHaveBeenCalledTimes(1);
  });

  it('refuses revoked, idle, expired and malformed tokens', async () => {
    const revoked = storeWith({ revokedAt: new Date() });
    await expect(revoked.store.verify(revoked.token)).resolves.toBeNull();
    const idle = storeWith({ lastUsedAt: new Date(Date.now() - 61_000) });
    await expect(idle.store.verify(idle.token)).resolves.toBeNull();
    const expired = storeWith({ expiresAt: new Date(Date.now() - 1) });
    await expect(expired.store.verify(expired.token)).resolves.toBeNull();
    const { store, repo } = storeWith({});
    await expect(store.verify('not a token')).resolves.toBeNull();
    expect(repo.findOneBy).not.toHaveBeenCalled();
  });

  it('forgets a session it revoked itself at once', async () => {
    const { store, token, row } = storeWith({});
    await store.verify(token);
    row.revokedAt = new Date();
    await store.revoke('s1');
    await expect(store.verify(token)).resolves.toBeNull();
  });

  it('does not serve a cached session past its absolute expiry', async () => {
    jest.useFakeTimers({ now: Date.now(), doNotFake: ['nextTick', 'setImmediate'] });
    const { store, token } = storeWith({ expiresAt: new Date(Date.now() + 1_000) });
    await expect(store.verify(token)).resolves.not.toBeNull();
    jest.setSystemTime(Date.now() + 1_500);
    await expect(store.verify(token)).resolves.toBeNull();
  });

  it('counts a use as activity, writing it at most every quarter of the idle limit', async () => {
    const { store, repo, token } = storeWith({ lastUsedAt: new Date(Date.now() - 59_000) });
    await store.verify(token);
    await store.verify(token);
    expect(repo.update).toHaveBeenCalledTimes(1);
  });
});
