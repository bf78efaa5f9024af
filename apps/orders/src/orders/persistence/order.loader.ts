import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, FindOptionsWhere, Repository } from 'typeorm';
import { AppError } from '@app/contracts';
import { Order } from './order.entity';

const WITH_DETAILS = { lines: true, milestones: true } as const;

/** Reads orders with their lines and milestones; another customer's order does not exist. */
@Injectable()
export class OrderLoader {
  constructor(@InjectRepository(Order) private readonly orders: Repository<Order>) {}

  async get(id: string): Promise<Order> {
    const order = await this.findOne({ id });
    if (!order) throw new Error(`order ${id} not found`);
    return order;
  }

  async getForCustomer(id: string, customerId: string): Promise<Order> {
    const order = await this.findOne({ id, customerId });
    if (!order) throw AppError.notFound('order_not_found', 'No such order.');
    return order;
  }

  findByIdempotencyKey(customerId: string, idempotencyKey: string): Promise<Order | null> {
    return this.findOne({ customerId, idempotencyKey });
  }

  /**
   * `find`, not `findOne`: with relations and a limit TypeORM first selects the distinct ids,
   * then the rows, two round trips. These filters match one order at most.
   */
  private async findOne(where: FindOptionsWhere<Order>): Promise<Order | null> {
    const [order] = await this.orders.find({ where, relations: WITH_DETAILS });
    return order ?? null;
  }

  /** Locks the order row for the rest of the transaction, so racing changes serialise. */
  lock(manager: EntityManager, id: string): Promise<Order | null> {
    return manager.findOne(Order, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }
}
