import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { OrderView, Page } from '@app/contracts';
import { mapOrder } from '../order.mapper';
import { Order } from '../persistence/order.entity';
import { ACTIVE_STATUSES } from './list-orders.use-case';

/** A customer never has many orders in flight, so this is one page, in full detail. */
const MAX_ACTIVE = 100;

@Injectable()
export class ListPendingOrdersUseCase {
  constructor(@InjectRepository(Order) private readonly orders: Repository<Order>) {}

  async execute(customerId: string): Promise<Page<OrderView>> {
    const rows = await this.orders.find({
      where: { customerId, status: In(ACTIVE_STATUSES) },
      relations: { lines: true, milestones: true },
      order: { placedAt: 'DESC', id: 'DESC' },
      take: MAX_ACTIVE,
    });
    return { items: rows.map(mapOrder), nextCursor: null };
  }
}
