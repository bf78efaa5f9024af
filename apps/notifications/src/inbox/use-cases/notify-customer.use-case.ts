import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PushSender } from '../../push/push-sender';
import { Notification } from '../persistence/notification.entity';

export interface NotifyCommand {
  customerId: string;
  sourceEventId: string;
  kind: string;
  title: string;
  body: string;
  orderId: string | null;
  at: Date;
}

/** Stores the notification in the inbox (once per source event) and pushes it. */
@Injectable()
export class NotifyCustomerUseCase {
  constructor(private readonly push: PushSender) {}

  async execute(manager: EntityManager, command: NotifyCommand): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(Notification)
      .values({
        id: randomUUID(),
        customerId: command.customerId,
        sourceEventId: command.sourceEventId,
        kind: command.kind,
        title: command.title,
        body: command.body,
        orderId: command.orderId,
        createdAt: command.at,
        readAt: null,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    if ((result.raw as unknown[]).length === 0) return;
    await this.push.send({
      customerId: command.customerId,
      title: command.title,
      body: command.body,
      data: { kind: command.kind, ...(command.orderId ? { orderId: command.orderId } : {}) },
    });
  }
}
