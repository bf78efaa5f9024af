import { Injectable } from '@nestjs/common';
import { RpcClient } from '@app/messaging';
import { ReadinessCheck } from '@app/platform';

/** The gateway cannot answer anything useful until its reply consumer has joined. */
@Injectable()
export class RpcReadiness implements ReadinessCheck {
  readonly name = 'kafka-replies';

  constructor(private readonly rpc: RpcClient) {}

  async check(): Promise<void> {
    if (!this.rpc.isConnected()) throw new Error('reply consumer not connected');
  }
}
