import { hashSessionToken, newSessionToken, sessionTokenKey } from './session-token';

describe('session tokens', () => {
  it('carry 256 random bits', () => {
    const token = newSessionToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(newSessionToken()).not.toBe(token);
  });

  it('use one SHA-256 for the database and the cache', () => {
    const token = newSessionToken();
    expect(sessionTokenKey(token)).toBe(hashSessionToken(token).toString('base64'));
  });
});
