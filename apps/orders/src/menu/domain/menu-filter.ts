import { MenuItemSpec } from './menu-item';

export interface MenuFilterSpec {
  diet?: string[];
  excludeAllergens?: string[];
  q?: string;
}

/**
 * `diet` keeps items carrying every tag asked for; `excludeAllergens` drops items whose base
 * recipe contains any of them (options that add an allergen stay visible on a matching item);
 * `q` matches name, description or category, case-insensitively.
 */
export function matchesMenuFilter(item: MenuItemSpec, filter: MenuFilterSpec): boolean {
  if (filter.diet?.some((tag) => !item.dietaryTags.includes(tag))) return false;
  if (filter.excludeAllergens?.some((a) => item.allergens.includes(a))) return false;
  const q = filter.q?.trim().toLowerCase();
  if (q) {
    const text = `${item.name}\n${item.description}\n${item.category}`.toLowerCase();
    if (!text.includes(q)) return false;
  }
  return true;
}
