import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ListNotificationsQuery, NotificationView, Page } from '@app/contracts';
import { decodeCursor, encodeCursor } from '@app/platform/pagination/cursor';
import { Notification } from '../persistence/notification.entity';

/** The customer's inbox, newest first, cursor-paginated on (createdAt, id). */
@Injectable()
export class ListNotificationsUseCase {
  constructor(@InjectRepository(Notification) private readonly inbox: Repository<Notification>) {}

  async execute(
    customerId: string,
    query: ListNotificationsQuery,
  ): Promise<Page<NotificationView>> {
    const qb = this.inbox
      .createQueryBuilder('n')
      .where('n.customer_id = :customerId', { customerId })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(query.limit + 1);
    const after = decodeCursor(query.cursor);
    if (after) {
      qb.andWhere('(n.created_at, n.id) < (:at, :id)', { at: after.at, id: after.id });
    }
    const rows = await qb.getMany();
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      items: page.map((n) => ({
        id: n.id,
        kind: n.kind,
        title: n.title,
        body: n.body,
        orderId: n.orderId,
        createdAt: n.createdAt.toISOString(),
        readAt: n.readAt?.toISOString() ?? null,
      })),
      nextCursor: rows.length > query.limit && last ? encodeCursor(last.createdAt, last.id) : null,
    };
  }
}
