import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { THROTTLE_CONFIG, ThrottleConfig } from '../gateway.env';
import { AuthThrottle, ThrottleExceeded, tooManyAttempts } from './auth-throttle';

const FIFTEEN_MINUTES = 15 * 60;
/** Short on purpose: this is the limit other people's failures can push a customer into. */
const ACCOUNT_WINDOW = 5 * 60;

export interface SignInAttempt {
  email: string;
  ip: string;
}

export interface SignInGate {
  /** Set when the account as a whole is under attack: only known devices may go on. */
  accountWide?: ThrottleExceeded;
}

/** Throttle keys carry a hash of the email, so the table holds no addresses that were tried. */
const emailKey = (email: string) => createHash('sha256').update(email).digest('base64url');

/**
 * Three counters guard sign-in:
 * - per IP (any account): stops one machine spraying passwords over many accounts;
 * - per account and IP: stops one machine guessing one account;
 * - per account (all IPs): stops a botnet guessing one account. Only this one can be pushed
 *   up by someone else, so its window is short and it never blocks an IP the customer has
 *   signed in from before (the caller checks that).
 * A successful sign-in takes its hit back and clears its account-and-IP counter.
 */
@Injectable()
export class SignInThrottle {
  constructor(
    private readonly throttle: AuthThrottle,
    @Inject(THROTTLE_CONFIG) private readonly config: ThrottleConfig,
  ) {}

  /** Counts the attempt; throws 429 when this IP, or this IP on this account, is over. */
  async enter(attempt: SignInAttempt): Promise<SignInGate> {
    const keys = this.keysOf(attempt);
    const exceeded = await this.throttle.hit([
      { key: keys.ip, limit: this.config.signInPerIp, windowSeconds: FIFTEEN_MINUTES },
      {
        key: keys.accountIp,
        limit: this.config.signInPerAccountIp,
        windowSeconds: FIFTEEN_MINUTES,
      },
      { key: keys.account, limit: this.config.signInPerAccount, windowSeconds: ACCOUNT_WINDOW },
    ]);
    const hard = exceeded.filter((e) => e.key !== keys.account);
    if (hard.length > 0) throw tooManyAttempts(hard);
    return { accountWide: exceeded.find((e) => e.key === keys.account) };
  }

  async succeeded(attempt: SignInAttempt): Promise<void> {
    const keys = this.keysOf(attempt);
    await Promise.all([
      this.throttle.release([keys.ip, keys.account]),
      this.throttle.reset([keys.accountIp]),
    ]);
  }

  private keysOf({ email, ip }: SignInAttempt) {
    const account = emailKey(email);
    return {
      ip: `signin:ip:${ip}`,
      accountIp: `signin:acct-ip:${account}:${ip}`,
      account: `signin:acct:${account}`,
    };
  }
}
