import { AppError } from '@app/contracts';
import { ThrottleConfig } from '../gateway.env';
import { AuthThrottle, ThrottleExceeded, ThrottleRule } from './auth-throttle';
import { SignInThrottle } from './sign-in-throttle';

const config: ThrottleConfig = {
  signInPerIp: 30,
  signInPerAccountIp: 5,
  signInPerAccount: 20,
  signUpPerIp: 100,
  trustedProxyHops: 1,
};

/** Reports as exceeded the rules whose key starts with one of `over`. */
function throttleOver(...over: string[]) {
  const hits: ThrottleRule[][] = [];
  const fake = {
    hit: async (rules: ThrottleRule[]): Promise<ThrottleExceeded[]> => {
      hits.push(rules);
      return rules
        .filter((r) => over.some((prefix) => r.key.startsWith(prefix)))
        .map((r) => ({ key: r.key, retryAfterSeconds: r.windowSeconds }));
    },
    release: jest.fn(async () => undefined),
    reset: jest.fn(async () => undefined),
  };
  return { fake, hits, throttle: new SignInThrottle(fake as unknown as AuthThrottle, config) };
}

const attempt = { email: 'ada@example.test', ip: '203.0.113.7' };

describe('SignInThrottle', () => {
  it('counts the IP, the account on this IP and the account, without the email in clear', async () => {
    const { throttle, hits } = throttleOver();
    await expect(throttle.enter(attempt)).resolves.toEqual({ accountWide: undefined });
    const keys = hits[0]!.map((r) => r.key);
    expect(keys).toHaveLength(3);
    expect(keys.join(' ')).not.toContain('ada@example.test');
    expect(hits[0]!.map((r) => r.limit).sort((a, b) => a - b)).toEqual([5, 20, 30]);
  });

  it.each(['signin:ip:', 'signin:acct-ip:'])('refuses at once when %s is over', async (key) => {
    const { throttle } = throttleOver(key);
    const error = await throttle.enter(attempt).catch((e: AppError) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).problem).toMatchObject({
      status: 429,
      headers: { 'Retry-After': '900' },
    });
  });

  it('leaves the account-wide limit to the caller, with a short window', async () => {
    const { throttle } = throttleOver('signin:acct:');
    const gate = await throttle.enter(attempt);
    expect(gate.accountWide?.retryAfterSeconds).toBe(300);
  });

  it('takes a successful attempt back and clears its account-and-IP counter', async () => {
    const { throttle, fake } = throttleOver();
    await throttle.succeeded(attempt);
    expect(fake.release).toHaveBeenCalledWith([
      'signin:ip:203.0.113.7',
      expect.stringMatching(/^signin:acct:/),
    ]);
    expect(fake.reset).toHaveBeenCalledWith([
      expect.stringMatching(/^signin:acct-ip:.+:203\.0\.113\.7$/),
    ]);
  });
});
