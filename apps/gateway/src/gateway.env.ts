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

export const sessionConfigFrom = (env: GatewayEnv): SessionConfig => ({
  idleTimeoutMs: (env.SESSION_IDLE_TIMEOUT_HOURS ?? 24 * 7) * 3600_000,
  absoluteTimeoutMs: (env.SESSION_ABSOLUTE_TIMEOUT_HOURS ?? 24 * 30) * 3600_000,
  cacheMs: env.SESSION_CACHE_MS ?? 2000,
});
