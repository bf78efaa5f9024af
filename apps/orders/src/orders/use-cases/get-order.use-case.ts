import { Injectable } from '@nestjs/common';
import { OrderView } from '@app/contracts';
import { mapOrder } from '../order.mapper';
import { OrderLoader } from '../persistence/order.loader';

@Injectable()
export class GetOrderUseCase {
  constructor(private readonly orders: OrderLoader) {}

  async execute(customerId: string, orderId: string): Promise<OrderView> {
    return mapOrder(await this.orders.getForCustomer(orderId, customerId));
  }
}
