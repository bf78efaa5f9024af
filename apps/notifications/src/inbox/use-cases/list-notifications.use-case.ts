import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { NotificationView, Page, PageQuery } from '@app/contracts';
import { decodeCursor, encodeCursor } from '@app/platform/pagination/cursor';
import { Notification } from '../persistence/notification.entity';

const DEFAULT_LIMIT = 20;

/** The customer's inbox, newest first, cursor-paginated on (createdAt, id). */
@Injectable()
export class ListNotificationsUseCase {
  constructor(@InjectRepository(Notification) private readonly inbox: Repository<Notification>) {}

  async execute(customerId: string, query: PageQuery): Promise<Page<NotificationView>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const qb = this.inbox
      .createQueryBuilder('n')
      .where('n.customer_id = :customerId', { customerId })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(limit + 1);
    const after = decodeCursor(query.cursor);
    if (after) {
      qb.andWhere('(n.created_at, n.id) < (:at, :id)', { at: after.at, id: after.id });
    }
    const rows = await qb.getMany();
    const page = rows.slice(0, limit);
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
      nextCursor: rows.length > limit && last ? encodeCursor(last.createdAt, last.id) : null,
    };
  }
}
