import { StockLevel } from '../../menu/domain/availability';

export interface Allocation {
  ingredientId: string;
  fromWarehouse: number;
  fromStore: number;
}

export type ReservationPlan =
  | { ok: true; allocations: Allocation[]; restockMinutes: number; shortInWarehouse: boolean }
  | { ok: false; shortIngredients: string[] };

/**
 * Decides where each needed ingredient comes from: the warehouse near the kitchen first, and
 * what it lacks from central storage (a `store_to_wh` transfer, costing that ingredient's
 * restock time). When both together cannot cover the need, nothing is reserved at all.
 * Callers hold row locks on `stock` while they apply the plan, so it cannot oversell.
 */
export function planReservation(
  needs: ReadonlyMap<string, number>,
  stock: ReadonlyMap<string, StockLevel>,
): ReservationPlan {
  const allocations: Allocation[] = [];
  const shortIngredients: string[] = [];
  let restockMinutes = 0;
  for (const [ingredientId, needed] of [...needs].sort(([a], [b]) => a.localeCompare(b))) {
    const level = stock.get(ingredientId);
    const fromWarehouse = Math.min(needed, level?.warehouseQuantity ?? 0);
    const fromStore = needed - fromWarehouse;
    if (!level || fromStore > level.storeQuantity) {
      shortIngredients.push(ingredientId);
      continue;
    }
    if (fromStore > 0) restockMinutes = Math.max(restockMinutes, level.restockMinutes);
    allocations.push({ ingredientId, fromWarehouse, fromStore });
  }
  if (shortIngredients.length > 0) return { ok: false, shortIngredients };
  return {
    ok: true,
    allocations,
    restockMinutes,
    shortInWarehouse: allocations.some((a) => a.fromStore > 0),
  };
}
