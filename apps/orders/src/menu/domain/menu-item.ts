import { OptionGroupKind } from '@app/contracts';

/** One ingredient and how much of it, in the ingredient's unit. */
export interface RecipeLine {
  ingredientId: string;
  quantity: number;
}

export interface MenuOption {
  id: string;
  name: string;
  priceDeltaMinor: number;
  recipeDelta: RecipeLine[];
  allergens: string[];
  isDefault: boolean;
}

export interface OptionGroup {
  id: string;
  name: string;
  kind: OptionGroupKind;
  minSelected: number;
  maxSelected: number;
  options: MenuOption[];
}

/** What the rules need to know about a menu item, whatever stores it. */
export interface MenuItemSpec {
  id: string;
  name: string;
  description: string;
  category: string;
  priceMinor: number;
  dietaryTags: string[];
  allergens: string[];
  optionGroups: OptionGroup[];
  recipe: RecipeLine[];
}

/** Adds up quantities per ingredient, dropping what nets to zero or less (a removed onion). */
export function sumRecipe(lines: RecipeLine[], times = 1): Map<string, number> {
  const total = new Map<string, number>();
  for (const line of lines) {
    total.set(line.ingredientId, (total.get(line.ingredientId) ?? 0) + line.quantity * times);
  }
  for (const [id, quantity] of total) if (quantity <= 0) total.delete(id);
  return total;
}
