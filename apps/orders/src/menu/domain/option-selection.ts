import { MenuItemSpec, MenuOption, OptionGroup, RecipeLine } from './menu-item';

export interface ChosenOption {
  groupId: string;
  optionId: string;
  name: string;
  priceDeltaMinor: number;
}

export type OptionResolution =
  | {
      ok: true;
      chosen: ChosenOption[];
      unitPriceMinor: number;
      recipe: RecipeLine[];
      allergens: string[];
    }
  | { ok: false; reason: string };

/**
 * Checks a customer's option ids against the item's groups and prices the result. A group that
 * requires a choice and got none takes its default option (a "Regular" size), so simple
 * clients can order without knowing about sizes.
 */
export function resolveOptions(item: MenuItemSpec, selectedIds: string[] = []): OptionResolution {
  const selected = new Set(selectedIds);
  if (selected.size !== selectedIds.length) return { ok: false, reason: 'an option is repeated' };
  const known = new Set(item.optionGroups.flatMap((g) => g.options.map((o) => o.id)));
  const unknown = selectedIds.filter((id) => !known.has(id));
  if (unknown.length > 0) return { ok: false, reason: `unknown option ${unknown.join(', ')}` };

  const chosen: { group: OptionGroup; option: MenuOption }[] = [];
  for (const group of item.optionGroups) {
    let picked = group.options.filter((o) => selected.has(o.id));
    if (picked.length === 0 && group.minSelected > 0) {
      picked = group.options.filter((o) => o.isDefault).slice(0, group.minSelected);
    }
    if (picked.length < group.minSelected) {
      return { ok: false, reason: `${group.name}: choose at least ${group.minSelected}` };
    }
    if (picked.length > group.maxSelected) {
      return { ok: false, reason: `${group.name}: choose at most ${group.maxSelected}` };
    }
    chosen.push(...picked.map((option) => ({ group, option })));
  }

  const unitPriceMinor =
    item.priceMinor + chosen.reduce((sum, { option }) => sum + option.priceDeltaMinor, 0);
  if (unitPriceMinor < 0) return { ok: false, reason: 'options make the price negative' };
  return {
    ok: true,
    chosen: chosen.map(({ group, option }) => ({
      groupId: group.id,
      optionId: option.id,
      name: option.name,
      priceDeltaMinor: option.priceDeltaMinor,
    })),
    unitPriceMinor,
    recipe: [...item.recipe, ...chosen.flatMap(({ option }) => option.recipeDelta)],
    allergens: [
      ...new Set([...item.allergens, ...chosen.flatMap(({ option }) => option.allergens)]),
    ],
  };
}
