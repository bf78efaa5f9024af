import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { BaseEnv } from '@app/platform';

export class GatewayEnv extends BaseEnv {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  SESSION_IDLE_TIMEOUT_HOURS?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  SESSION_ABSOLUTE_TIMEOUT_HOURS?: number;

  /** Overrides the hours above when set (short timeouts in tests and demos). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  SESSION_IDLE_TIMEOUT_SECONDS?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  SESSION_ABSOLUTE_TIMEOUT_SECONDS?: number;

  /** Failed sign-ins from one IP, any account, per 15 minutes (default 30). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  SIGNIN_LIMIT_PER_IP?: number;

  /** Failed sign-ins to one account from one IP per 15 minutes (default 5). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  SIGNIN_LIMIT_PER_ACCOUNT_IP?: number;

  /** Failed sign-ins to one account from all IPs per 5 minutes (default 20). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  SIGNIN_LIMIT_PER_ACCOUNT?: number;

  /** Sign-ups from one IP per 10 minutes (default 100: carrier NAT puts many phones on one IP). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  SIGNUP_LIMIT_PER_IP?: number;

  /**
   * Proxies in front of the gateway that append to X-Forwarded-For (1: the ingress). The
   * client address for throttling is the one the outermost trusted proxy saw, so a client
   * cannot pick its own by sending the header. 0 when clients connect directly.
   */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10)
  TRUSTED_PROXY_HOPS?: number;

  /** How long a verified token is trusted without asking the database again. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(5000)
  SESSION_CACHE_MS?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(60000)
  RPC_TIMEOUT_MS?: number;
}

export interface SessionConfig {
  idleTimeoutMs: number;
  absoluteTimeoutMs: number;
  cacheMs: number;
}

export const SESSION_CONFIG = Symbol('SESSION_CONFIG');

const secondsOr = (seconds: number | undefined, hours: number | undefined, dflt: number) =>
  seconds !== undefined ? seconds * 1000 : (hours ?? dflt) * 3600_000;

export const sessionConfigFrom = (env: GatewayEnv): SessionConfig => ({
  idleTimeoutMs: secondsOr(
    env.SESSION_IDLE_TIMEOUT_SECONDS,
    env.SESSION_IDLE_TIMEOUT_HOURS,
    24 * 7,
  ),
  absoluteTimeoutMs: secondsOr(
    env.SESSION_ABSOLUTE_TIMEOUT_SECONDS,
    env.SESSION_ABSOLUTE_TIMEOUT_HOURS,
    24 * 30,
  ),
  cacheMs: env.SESSION_CACHE_MS ?? 2000,
});

/** Limits on guessing; counters live in PostgreSQL so every replica sees the same counts. */
export interface ThrottleConfig {
  signInPerIp: number;
  signInPerAccountIp: number;
  signInPerAccount: number;
  signUpPerIp: number;
  trustedProxyHops: number;
}

export const THROTTLE_CONFIG = Symbol('THROTTLE_CONFIG');

export const throttleConfigFrom = (env: GatewayEnv): ThrottleConfig => ({
  signInPerIp: env.SIGNIN_LIMIT_PER_IP ?? 30,
  signInPerAccountIp: env.SIGNIN_LIMIT_PER_ACCOUNT_IP ?? 5,
  signInPerAccount: env.SIGNIN_LIMIT_PER_ACCOUNT ?? 20,
  signUpPerIp: env.SIGNUP_LIMIT_PER_IP ?? 100,
  trustedProxyHops: env.TRUSTED_PROXY_HOPS ?? 1,
});
