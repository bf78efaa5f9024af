import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** Settings of the order stream, read from the gateway's environment. */
export class TrackingEnv {
  /** How often an idle stream gets a comment line, so proxies and clients keep it open. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(120_000)
  STREAM_HEARTBEAT_MS?: number;

  /** How long stored stream events stay available for Last-Event-ID resume. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  STREAM_RETENTION_HOURS?: number;

  /** Order views one gateway process keeps for GET /v1/orders/{id}; 0 turns the cache off. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  ORDER_VIEW_CACHE_ENTRIES?: number;

  /** The longest a cached order view is served (events drop it sooner when the order changes). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  ORDER_VIEW_CACHE_TTL_MS?: number;
}

export interface TrackingConfig {
  heartbeatMs: number;
  retentionMs: number;
  /** This process's own consumer group: every gateway replica must see every order event. */
  groupId: string;
}

export const TRACKING_CONFIG = Symbol('TRACKING_CONFIG');
