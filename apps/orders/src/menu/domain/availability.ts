import { RecipeLine, sumRecipe } from './menu-item';

export interface StockLevel {
  warehouseQuantity: number;
  storeQuantity: number;
  restockMinutes: number;
}

/**
 * An item can be ordered when one portion of its base recipe is in stock, near the kitchen or
 * in central storage. An ingredient we have never heard of counts as out of stock.
 */
export function isInStock(recipe: RecipeLine[], stock: ReadonlyMap<string, StockLevel>): boolean {
  for (const [ingredientId, quantity] of sumRecipe(recipe)) {
    const level = stock.get(ingredientId);
    if (!level || level.warehouseQuantity + level.storeQuantity < quantity) return false;
  }
  return true;
}
