import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ClientKafka } from '@nestjs/microservices';
import { firstValueFrom, timeout, TimeoutError } from 'rxjs';
import { AppError, Header, isProblem, RpcPattern, RpcRequest } from '@app/contracts';
import { currentRequestId } from '../context/request-context';
import {
  CONSUMER_TUNING,
  kafkaClientConfig,
  KafkaEnv,
  PRODUCER_DEFAULTS,
} from '../kafka/kafka-config';

export interface RpcClientOptions {
  kafka: KafkaEnv;
  clientId: string;
  /** Shared by all replicas: each replica gets its own reply partitions. */
  groupId: string;
  timeoutMs: number;
}

export const RPC_CLIENT_OPTIONS = Symbol('RPC_CLIENT_OPTIONS');

/**
 * Request-reply over Kafka with the NestJS transport. A reply that does not come in time is a
 * 504 problem, never a hung request; a problem the service answered with is rethrown as is.
 */
@Injectable()
export class RpcClient implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(RpcClient.name);
  private readonly client: ClientKafka;
  private connected = false;

  constructor(@Inject(RPC_CLIENT_OPTIONS) private readonly options: RpcClientOptions) {
    this.client = new ClientKafka({
      client: kafkaClientConfig(options.kafka, options.clientId),
      consumer: { groupId: options.groupId, ...CONSUMER_TUNING },
      producer: PRODUCER_DEFAULTS,
      postfixId: '',
    });
    for (const pattern of Object.values(RpcPattern)) this.client.subscribeToResponseOf(pattern);
  }

  async onModuleInit(): Promise<void> {
    await this.client.connect();
    this.connected = true;
  }

  async onApplicationShutdown(): Promise<void> {
    this.connected = false;
    await this.client.close().catch(() => undefined);
  }

  isConnected(): boolean {
    return this.connected;
  }

  async call<TRes, TReq = unknown>(pattern: RpcPattern, request: RpcRequest<TReq>): Promise<TRes> {
    const requestId = currentRequestId();
    const message = {
      key: request.customerId ?? null,
      value: request,
      headers: requestId ? { [Header.RequestId]: requestId } : {},
    };
    try {
      return await firstValueFrom(
        this.client.send<TRes>(pattern, message).pipe(timeout(this.options.timeoutMs)),
      );
    } catch (error) {
      throw this.toAppError(pattern, error);
    }
  }

  private toAppError(pattern: string, error: unknown): AppError {
    if (error instanceof TimeoutError) {
      this.logger.warn(`no reply on ${pattern} within ${this.options.timeoutMs} ms`);
      return new AppError({
        status: 504,
        code: 'upstream_timeout',
        title: 'Gateway timeout',
        detail: 'A backend service did not answer in time. Please retry.',
      });
    }
    if (isProblem(error)) return new AppError(error);
    this.logger.error(`request on ${pattern} failed: ${String(error)}`);
    return new AppError({
      status: 502,
      code: 'upstream_unavailable',
      title: 'Bad gateway',
      detail: 'A backend service could not be reached. Please retry.',
    });
  }
}
