import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { WarehouseStockUpdatedData } from '@app/contracts';
import { Ingredient } from '../persistence/ingredient.entity';

/**
 * Replaces our stock figures for one ingredient with the warehouse's newer snapshot. The
 * warehouse's figures already net out the transfer requests it has received, so ours stay a
 * lower bound between snapshots: a reservation made after the snapshot was taken is counted
 * again only until the warehouse's next snapshot (documented in docs/asyncapi.yaml).
 */
@Injectable()
export class UpdateStockUseCase {
  async execute(manager: EntityManager, d: WarehouseStockUpdatedData): Promise<void> {
    const at = new Date(d.at);
    const current = await manager.findOne(Ingredient, {
      where: { id: d.ingredientId },
      lock: { mode: 'pessimistic_write' },
    });
    if (current?.stockAt && current.stockAt > at) return;
    const fields = {
      name: d.name,
      unit: d.unit,
      warehouseQuantity: d.warehouseQuantity,
      storeQuantity: d.storeQuantity,
      restockMinutes: d.restockMinutes,
      stockAt: at,
    };
    if (current) await manager.update(Ingredient, { id: d.ingredientId }, fields);
    else await manager.insert(Ingredient, { id: d.ingredientId, ...fields });
  }
}
