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
    for (const a of allocations) {
      await manager.query(
        `UPDATE ingredients SET warehouse_quantity = warehouse_quantity - $2,
                                store_quantity = store_quantity - $3
          WHERE id = $1`,
        [a.ingredientId, a.fromWarehouse, a.fromStore],
      );
    }
    if (allocations.length > 0) {
      await manager.insert(
        OrderReservation,
        allocations.map((a) => ({ orderId, ...a, releasedAt: null })),
      );
    }
  }

  /** Gives an order's reservations back, once: a second call finds nothing left to release. */
  async release(manager: EntityManager, orderId: string, at: Date): Promise<void> {
    const held = await manager
      .createQueryBuilder(OrderReservation, 'r')
      .where('r.order_id = :orderId AND r.released_at IS NULL', { orderId })
      .orderBy('r.ingredient_id')
      .setLock('pessimistic_write')
      .getMany();
    for (const r of held) {
      await manager.query(
        `UPDATE ingredients SET warehouse_quantity = warehouse_quantity + $2,
                                store_quantity = store_quantity + $3
          WHERE id = $1`,
        [r.ingredientId, r.fromWarehouse, r.fromStore],
      );
    }
    if (held.length > 0) {
      await manager.update(OrderReservation, { orderId, releasedAt: IsNull() }, { releasedAt: at });
    }
  }
}
