import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull } from 'typeorm';
import { StockLevel } from '../domain/availability';
import { Allocation } from '../../orders/domain/stock-reservation';
import { OrderReservation } from '../../orders/persistence/order-reservation.entity';
import { Ingredient } from './ingredient.entity';

const level = (i: Ingredient): StockLevel => ({
  warehouseQuantity: i.warehouseQuantity,
  storeQuantity: i.storeQuantity,
  restockMinutes: i.restockMinutes,
});

/** The stock snapshot: reads, and reservations under row locks so nothing is oversold. */
@Injectable()
export class StockRepository {
  async levels(manager: EntityManager, ids: string[]): Promise<Map<string, StockLevel>> {
    if (ids.length === 0) return new Map();
    const rows = await manager.findBy(Ingredient, { id: In(ids) });
    return new Map(rows.map((i) => [i.id, level(i)]));
  }

  /**
   * Locks the rows until the transaction ends. Always in id order, so two orders needing the
   * same ingredients queue behind each other instead of deadlocking.
   */
  async lockLevels(manager: EntityManager, ids: string[]): Promise<Map<string, StockLevel>> {
    if (ids.length === 0) return new Map();
    const rows = await manager
      .createQueryBuilder(Ingredient, 'i')
      .where('i.id IN (:...ids)', { ids: [...ids].sort() })
      .orderBy('i.id')
      .setLock('pessimistic_write')
      .getMany();
    return new Map(rows.map((i) => [i.id, level(i)]));
  }

  /** Applies a plan computed under `lockLevels`; the CHECK constraints are the last guard. */
  async reserve(manager: EntityManager, orderId: string, allocations: Allocation[]): Promise<void> {
    if (allocations.length === 0) return;
    await adjust(manager, allocations, -1);
    await manager.insert(
      OrderReservation,
      allocations.map((a) => ({ orderId, ...a, releasedAt: null })),
    );
  }

  /** Gives an order's reservations back, once: a second call finds nothing left to release. */
  async release(manager: EntityManager, orderId: string, at: Date): Promise<void> {
    const held = await manager
      .createQueryBuilder(OrderReservation, 'r')
      .where('r.order_id = :orderId AND r.released_at IS NULL', { orderId })
      .orderBy('r.ingredient_id')
      .setLock('pessimistic_write')
      .getMany();
    if (held.length === 0) return;
    // One row at a time in id order: these rows are not locked yet, and a placement locks them
    // in id order too, so the two queue instead of deadlocking.
    for (const r of held) await adjust(manager, [r], 1);
    await manager.update(OrderReservation, { orderId, releasedAt: IsNull() }, { releasedAt: at });
  }
}

/**
 * Moves stock for several ingredients in one statement (one round trip, not one per row). The
 * rows are updated in no particular order: lock them first (`lockLevels`) or pass one.
 */
async function adjust(manager: EntityManager, moves: Allocation[], sign: 1 | -1): Promise<void> {
  await manager.query(
    `UPDATE ingredients AS i
        SET warehouse_quantity = i.warehouse_quantity + $4 * m.from_warehouse,
            store_quantity = i.store_quantity + $4 * m.from_store
       FROM unnest($1::varchar[], $2::int[], $3::int[]) AS m(id, from_warehouse, from_store)
      WHERE i.id = m.id`,
    [
      moves.map((m) => m.ingredientId),
      moves.map((m) => m.fromWarehouse),
      moves.map((m) => m.fromStore),
      sign,
    ],
  );
}
