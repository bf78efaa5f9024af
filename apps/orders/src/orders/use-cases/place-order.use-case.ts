import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import { AppError, OrderStatus, OrderView, PlaceOrderCommand } from '@app/contracts';
import { Outbox } from '@app/messaging';
import { dietaryConflicts } from '../../menu/domain/dietary';
import { MenuItem } from '../../menu/persistence/menu-item.entity';
import { Restaurant } from '../../menu/persistence/restaurant.entity';
import { StockRepository } from '../../menu/persistence/stock.repository';
import { ORDERS_CONFIG, OrdersConfig } from '../../orders-config';
import { distanceKm, estimate } from '../domain/estimates';
import { ingredientNeeds, prepareLines, PreparedLine } from '../domain/order-lines';
import { totals } from '../domain/pricing';
import { checkSchedule } from '../domain/schedule';
import { planReservation } from '../domain/stock-reservation';
import { kitchenRequest, warehouseTransfers } from '../domain/work-requests';
import { mapOrder } from '../order.mapper';
import { OrderLine } from '../persistence/order-line.entity';
import { OrderMilestone } from '../persistence/order-milestone.entity';
import { Order } from '../persistence/order.entity';
import { OrderLoader } from '../persistence/order.loader';

const UNIQUE_VIOLATION = '23505';

/**
 * Prices an order on the server from the current menu, checks it against the customer's diet,
 * reserves its ingredients and estimates its times, and stores it with its events (`order.placed`,
 * the kitchen's and the warehouse's work) in one transaction. A retry with the same idempotency
 * key returns the order it made.
 */
@Injectable()
export class PlaceOrderUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly orders: OrderLoader,
    private readonly stock: StockRepository,
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
    { idempotencyKey, order: request, diet }: PlaceOrderCommand,
  ): Promise<string> {
    const restaurant = await manager.findOneBy(Restaurant, { id: request.restaurantId });
    if (!restaurant) throw AppError.unprocessable('restaurant_not_found', 'No such restaurant.');
    const address = request.deliveryAddress;
    if (!address) {
      throw AppError.badRequest('validation_failed', 'A delivery address is required.', [
        { field: 'deliveryAddress', message: 'deliveryAddress or useDefaultAddress is required' },
      ]);
    }
    const now = new Date();
    const deliverAt = request.deliverAt ? new Date(request.deliverAt) : null;
    const schedule = checkSchedule(
      restaurant.openingHours,
      now,
      deliverAt,
      this.config.scheduleHorizonDays,
    );
    if (!schedule.ok) throw AppError.unprocessable(schedule.code, schedule.detail);

    const lines = await this.prepare(manager, restaurant.id, request.items);
    if (diet && !request.acceptDietaryConflicts) {
      const conflicts = dietaryConflicts(lines, diet.dietaryRestrictions, diet.allergensToAvoid);
      if (conflicts.length > 0) {
        throw AppError.unprocessable(
          'dietary_conflict',
          'Some items conflict with your dietary settings; send acceptDietaryConflicts: true to order them anyway.',
          { items: conflicts },
        );
      }
    }

    const needs = ingredientNeeds(lines);
    const plan = planReservation(needs, await this.stock.lockLevels(manager, [...needs.keys()]));
    if (!plan.ok) {
      const short = new Set(plan.shortIngredients);
      throw unavailable(
        lines.filter((l) => l.recipe.some((r) => short.has(r.ingredientId))),
        'Not enough stock left for some items.',
      );
    }

    const [{ queued }] = (await manager.query(
      `SELECT count(*)::int AS queued FROM orders
        WHERE restaurant_id = $1 AND status IN ('processing', 'cooking')`,
      [restaurant.id],
    )) as { queued: number }[];
    const times = estimate(
      {
        now,
        lines,
        queuedOrders: queued,
        restockMinutes: plan.restockMinutes,
        distanceKm:
          address.lat !== undefined && address.lng !== undefined
            ? distanceKm(restaurant, { lat: address.lat, lng: address.lng })
            : null,
        deliverAt,
      },
      this.config.estimates,
    );

    const sums = totals(lines, this.config.deliveryFeeMinor, request.tipMinor ?? 0);
    const paidOnDelivery = ['cash', 'card_on_delivery'].includes(request.paymentMethod);
    const status: OrderStatus = paidOnDelivery ? 'processing' : 'pending_payment';
    // Plain inserts: `save` would first look the new order up by its id, one more round trip.
    const orderId = randomUUID();
    const order = {
      id: orderId,
      customerId,
      idempotencyKey,
      restaurantId: restaurant.id,
      status,
      paymentMethod: request.paymentMethod,
      currency: this.config.currency,
      ...sums,
      deliveryAddress: { ...address },
      specialRequests: request.specialRequests ?? null,
      deliverAt,
      placedAt: now,
      courierLocation: null,
      estimatedReadyAt: times.readyAt,
      estimatedDeliveryAt: times.deliveryAt,
      preparationMinutes: times.preparationMinutes,
      travelMinutes: times.travelMinutes,
      paymentDueAt: paidOnDelivery ? null : new Date(now.getTime() + this.config.paymentTimeoutMs),
      cancelReason: null,
      warehouseStartedAt: null,
    };
    await manager.insert(Order, order);
    await manager.insert(
      OrderLine,
      lines.map((l) => ({
        order: { id: orderId },
        menuItemId: l.menuItemId,
        name: l.name,
        quantity: l.quantity,
        unitPriceMinor: l.unitPriceMinor,
        lineTotalMinor: l.lineTotalMinor,
        options: l.options,
        note: l.note,
        position: l.position,
      })),
    );
    await manager.insert(OrderMilestone, {
      order: { id: orderId },
      milestone: 'placed',
      status,
      at: now,
    });
    await this.stock.reserve(manager, orderId, plan.allocations);

    const facts = {
      orderId,
      restaurantId: restaurant.id,
      specialRequests: order.specialRequests,
      paymentPending: !paidOnDelivery,
    };
    await this.outbox.addAll(manager, [
      {
        type: 'order.placed',
        subject: orderId,
        data: {
          orderId,
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
          placedAt: now.toISOString(),
          estimatedReadyAt: times.readyAt.toISOString(),
          estimatedDeliveryAt: times.deliveryAt.toISOString(),
          ...(deliverAt ? { deliverAt: deliverAt.toISOString() } : {}),
        },
      },
      ...warehouseTransfers(facts, plan.allocations, times, now).map((data) => ({
        type: 'warehouse.transfer_requested' as const,
        subject: orderId,
        data,
      })),
      {
        type: 'kitchen.order_requested',
        subject: orderId,
        data: kitchenRequest(facts, lines, times, plan.shortInWarehouse, now),
      },
    ]);
    return orderId;
  }

  /** The menu items of the request, checked for availability and priced with options. */
  private async prepare(
    manager: EntityManager,
    restaurantId: string,
    requested: PlaceOrderCommand['order']['items'],
  ): Promise<PreparedLine[]> {
    const ids = [...new Set(requested.map((i) => i.menuItemId))];
    const menu = new Map(
      (await manager.findBy(MenuItem, { id: In(ids), restaurantId, removed: false })).map((m) => [
        m.id,
        m,
      ]),
    );
    const missing = ids.filter((id) => !menu.get(id)?.available);
    if (missing.length > 0) {
      throw unavailable(
        missing.map((menuItemId) => ({ menuItemId, name: menu.get(menuItemId)?.name ?? null })),
        'Some items cannot be ordered now.',
      );
    }
    const prepared = prepareLines(requested, menu);
    if (!prepared.ok) {
      throw AppError.unprocessable('invalid_options', 'Some item options are not valid.', {
        items: prepared.invalid,
      });
    }
    return prepared.lines;
  }
}

function unavailable(items: { menuItemId: string; name: string | null }[], detail: string) {
  const unique = new Map(
    items.map((i) => [i.menuItemId, { menuItemId: i.menuItemId, name: i.name }]),
  );
  return AppError.unprocessable('item_unavailable', detail, { items: [...unique.values()] });
}
