/** Deciding which settings a PATCH really changed; pure, so it is unit-tested alone. */

/** JSON with object keys sorted: PostgreSQL's jsonb does not keep the order they came in. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The names of the fields of `next` whose value differs from `current`, in `next`'s order. */
export function changedFields<T extends object>(current: T, next: Partial<T>): (keyof T)[] {
  return (Object.keys(next) as (keyof T)[]).filter(
    (key) => next[key] !== undefined && canonical(current[key]) !== canonical(next[key]),
  );
}

/**
 * A plain copy without the keys that are `undefined`: DTO instances declare every optional
 * field, and an `undefined` must not override a stored value when merged.
 */
export function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
