import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AppError } from '@app/contracts';
import { Order } from './order.entity';

const WITH_DETAILS = { lines: true, milestones: true } as const;

/** Reads orders with their lines and milestones; another customer's order does not exist. */
@Injectable()
export class OrderLoader {
  constructor(@InjectRepository(Order) private readonly orders: Repository<Order>) {}

  get(id: string): Promise<Order> {
    return this.orders.findOneOrFail({ where: { id }, relations: WITH_DETAILS });
  }

  async getForCustomer(id: string, customerId: string): Promise<Order> {
    const order = await this.orders.findOne({ where: { id, customerId }, relations: WITH_DETAILS });
    if (!order) throw AppError.notFound('order_not_found', 'No such order.');
    return order;
  }

  findByIdempotencyKey(customerId: string, idempotencyKey: string): Promise<Order | null> {
    return this.orders.findOne({ where: { customerId, idempotencyKey }, relations: WITH_DETAILS });
  }

  /** Locks the order row for the rest of the transaction, so racing changes serialise. */
  lock(manager: EntityManager, id: string): Promise<Order | null> {
    return manager.findOne(Order, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }
}
