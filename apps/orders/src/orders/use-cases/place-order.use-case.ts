import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import { AppError, OrderView, PlaceOrderCommand } from '@app/contracts';
import { Outbox } from '@app/messaging';
import { MenuItem } from '../../menu/persistence/menu-item.entity';
import { Restaurant } from '../../menu/persistence/restaurant.entity';
import { ORDERS_CONFIG, OrdersConfig } from '../../orders-config';
import { lineTotal, totals } from '../domain/pricing';
import { mapOrder } from '../order.mapper';
import { Order } from '../persistence/order.entity';
import { OrderLoader } from '../persistence/order.loader';

const UNIQUE_VIOLATION = '23505';

/**
 * Prices an order on the server from the current menu and stores it with its `order.placed`
 * event in one transaction. A retry with the same idempotency key returns the order it made.
 */
@Injectable()
export class PlaceOrderUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly orders: OrderLoader,
    @Inject(ORDERS_CONFIG) private readonly config: OrdersConfig,
  ) {}

  async execute(customerId: string, command: PlaceOrderCommand): Promise<OrderView> {
    const existing = await this.orders.findByIdempotencyKey(customerId, command.idempotencyKey);
    if (existing) return mapOrder(existing);
    try {
      const orderId = await this.dataSource.transaction((m) => this.place(m, customerId, command));
      this.outbox.flushSoon();
      return mapOrder(await this.orders.get(orderId));
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error as { code?: string }).code === UNIQUE_VIOLATION
      ) {
        const twin = await this.orders.findByIdempotencyKey(customerId, command.idempotencyKey);
        if (twin) return mapOrder(twin);
      }
      throw error;
    }
  }

  private async place(
    manager: EntityManager,
    customerId: string,
    { idempotencyKey, order: request }: PlaceOrderCommand,
  ): Promise<string> {
    const restaurant = await manager.findOneBy(Restaurant, { id: request.restaurantId });
    if (!restaurant) throw AppError.unprocessable('restaurant_not_found', 'No such restaurant.');
    if (!request.deliveryAddress) {
      throw AppError.badRequest('validation_failed', 'A delivery address is required.', [
        { field: 'deliveryAddress', message: 'deliveryAddress or useDefaultAddress is required' },
      ]);
    }
    const ids = [...new Set(request.items.map((i) => i.menuItemId))];
    const menu = new Map(
      (await manager.findBy(MenuItem, { id: In(ids), restaurantId: restaurant.id })).map((m) => [
        m.id,
        m,
      ]),
    );
    const unavailable = ids.filter((id) => !menu.get(id)?.available);
    if (unavailable.length > 0) {
      throw AppError.unprocessable('item_unavailable', 'Some items cannot be ordered now.', {
        items: unavailable.map((menuItemId) => ({
          menuItemId,
          name: menu.get(menuItemId)?.name ?? null,
        })),
      });
    }
    const lines = request.items.map((line, position) => {
      const item = menu.get(line.menuItemId)!;
      const priced = { unitPriceMinor: item.priceMinor, quantity: line.quantity };
      return {
        menuItemId: item.id,
        name: item.name,
        quantity: line.quantity,
        unitPriceMinor: item.priceMinor,
        lineTotalMinor: lineTotal(priced),
        note: line.note ?? null,
        position,
      };
    });
    const sums = totals(lines, this.config.deliveryFeeMinor, request.tipMinor ?? 0);
    const placedAt = new Date();
    const status = ['cash', 'card_on_delivery'].includes(request.paymentMethod)
      ? 'processing'
      : 'pending_payment';
    const order = manager.create(Order, {
      id: randomUUID(),
      customerId,
      idempotencyKey,
      restaurantId: restaurant.id,
      status,
      paymentMethod: request.paymentMethod,
      currency: this.config.currency,
      ...sums,
      deliveryAddress: { ...request.deliveryAddress },
      specialRequests: request.specialRequests ?? null,
      deliverAt: request.deliverAt ? new Date(request.deliverAt) : null,
      placedAt,
      courierLocation: null,
      lines,
      milestones: [{ milestone: 'placed', status, at: placedAt }],
    });
    await manager.save(order);
    await this.outbox.add(manager, 'order.placed', order.id, {
      orderId: order.id,
      customerId,
      restaurantId: restaurant.id,
      items: lines.map(({ menuItemId, name, quantity, unitPriceMinor, lineTotalMinor }) => ({
        menuItemId,
        name,
        quantity,
        unitPriceMinor,
        lineTotalMinor,
      })),
      ...sums,
      currency: this.config.currency,
      paymentMethod: request.paymentMethod,
      status,
      placedAt: placedAt.toISOString(),
    });
    return order.id;
  }
}
