export interface DietaryConflict {
  menuItemId: string;
  name: string;
  /** Restrictions the item does not meet (it lacks the tag: a `vegan` customer, a burger). */
  unmetRestrictions: string[];
  /** Allergens the customer avoids that the item (with its options) contains. */
  allergens: string[];
}

export interface DietSubject {
  menuItemId: string;
  name: string;
  dietaryTags: string[];
  allergens: string[];
}

/** The lines a customer with these restrictions and allergies should be warned about. */
export function dietaryConflicts(
  lines: DietSubject[],
  restrictions: string[],
  allergensToAvoid: string[],
): DietaryConflict[] {
  const conflicts = new Map<string, DietaryConflict>();
  for (const line of lines) {
    const unmetRestrictions = restrictions.filter((r) => !line.dietaryTags.includes(r));
    const allergens = allergensToAvoid.filter((a) => line.allergens.includes(a));
    if (unmetRestrictions.length === 0 && allergens.length === 0) continue;
    const seen = conflicts.get(line.menuItemId);
    conflicts.set(line.menuItemId, {
      menuItemId: line.menuItemId,
      name: line.name,
      unmetRestrictions: [...new Set([...(seen?.unmetRestrictions ?? []), ...unmetRestrictions])],
      allergens: [...new Set([...(seen?.allergens ?? []), ...allergens])],
    });
  }
  return [...conflicts.values()];
}
