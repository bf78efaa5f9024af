import { MenuItemSpec, RecipeLine, sumRecipe } from '../../menu/domain/menu-item';
import { ChosenOption, resolveOptions } from '../../menu/domain/option-selection';
import { lineTotal } from './pricing';

export interface RequestedLine {
  menuItemId: string;
  quantity: number;
  options?: string[];
  note?: string;
}

export interface PreparedLine {
  menuItemId: string;
  name: string;
  quantity: number;
  unitPriceMinor: number;
  lineTotalMinor: number;
  options: ChosenOption[];
  note: string | null;
  position: number;
  /** One portion, options applied. */
  recipe: RecipeLine[];
  allergens: string[];
  dietaryTags: string[];
  preparationMinutes: number;
}

export type PreparedLines =
  | { ok: true; lines: PreparedLine[] }
  | { ok: false; invalid: { menuItemId: string; name: string; reason: string }[] };

/** Prices every line from the menu with its options; client prices never enter here. */
export function prepareLines(
  requested: RequestedLine[],
  menu: ReadonlyMap<string, MenuItemSpec & { preparationMinutes: number }>,
): PreparedLines {
  const lines: PreparedLine[] = [];
  const invalid: { menuItemId: string; name: string; reason: string }[] = [];
  requested.forEach((line, position) => {
    const item = menu.get(line.menuItemId);
    if (!item) throw new Error(`menu item ${line.menuItemId} was not loaded`);
    const resolved = resolveOptions(item, line.options);
    if (!resolved.ok) {
      invalid.push({ menuItemId: item.id, name: item.name, reason: resolved.reason });
      return;
    }
    lines.push({
      menuItemId: item.id,
      name: item.name,
      quantity: line.quantity,
      unitPriceMinor: resolved.unitPriceMinor,
      lineTotalMinor: lineTotal({
        unitPriceMinor: resolved.unitPriceMinor,
        quantity: line.quantity,
      }),
      options: resolved.chosen,
      note: line.note ?? null,
      position,
      recipe: resolved.recipe,
      allergens: resolved.allergens,
      // Options never change the tags: the catalog only offers extras that keep the item's
      // tags true; what an extra adds is visible through its allergens, which are checked.
      dietaryTags: item.dietaryTags,
      preparationMinutes: item.preparationMinutes,
    });
  });
  return invalid.length > 0 ? { ok: false, invalid } : { ok: true, lines };
}

/** Everything the kitchen will use for the whole order, per ingredient. */
export function ingredientNeeds(lines: PreparedLine[]): Map<string, number> {
  const needs = new Map<string, number>();
  for (const line of lines) {
    for (const [id, quantity] of sumRecipe(line.recipe, line.quantity)) {
      needs.set(id, (needs.get(id) ?? 0) + quantity);
    }
  }
  return needs;
}
