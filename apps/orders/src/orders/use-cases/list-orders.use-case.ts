import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ListOrdersQuery, OrderStatus, OrderSummaryView, Page } from '@app/contracts';
import { decodeCursor, encodeCursor } from '@app/platform';
import { mapOrderSummary } from '../order.mapper';
import { Order } from '../persistence/order.entity';

const DEFAULT_LIMIT = 20;
export const ACTIVE_STATUSES: OrderStatus[] = [
  'pending_payment',
  'processing',
  'cooking',
  'in_delivery',
];

/** The customer's order history, newest first, with keyset pagination on (placedAt, id). */
@Injectable()
export class ListOrdersUseCase {
  constructor(@InjectRepository(Order) private readonly orders: Repository<Order>) {}

  async execute(customerId: string, query: ListOrdersQuery): Promise<Page<OrderSummaryView>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const cursor = decodeCursor(query.cursor);
    const qb = this.orders
      .createQueryBuilder('o')
      .where('o.customer_id = :customerId', { customerId });
    if (query.status?.length) qb.andWhere('o.status IN (:...status)', { status: query.status });
    if (query.from) qb.andWhere('o.placed_at >= :from', { from: new Date(query.from) });
    if (query.to) qb.andWhere('o.placed_at < :to', { to: new Date(query.to) });
    if (cursor) {
      qb.andWhere('(o.placed_at, o.id) < (:at, :id)', { at: new Date(cursor.at), id: cursor.id });
    }
    // Page on order ids without joining lines: a join would multiply rows and break LIMIT.
    const ids = await qb
      .select(['o.id', 'o.placedAt'])
      .orderBy('o.placed_at', 'DESC')
      .addOrderBy('o.id', 'DESC')
      .limit(limit + 1)
      .getRawMany<{ o_id: string }>();
    const pageIds = ids.slice(0, limit).map((r) => r.o_id);
    const rows =
      pageIds.length === 0
        ? []
        : await this.orders.find({
            where: pageIds.map((id) => ({ id })),
            relations: { lines: true },
            order: { placedAt: 'DESC', id: 'DESC' },
          });
    const last = rows[rows.length - 1];
    return {
      items: rows.map(mapOrderSummary),
      nextCursor: ids.length > limit && last ? encodeCursor(last.placedAt, last.id) : null,
    };
  }
}
