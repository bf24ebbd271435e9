// DataLoader batch functions must answer one value per key, in key order; these shape SQL rows so.

/** The row of each key (the last when several share one), or null, in the order of `keys`. */
export function byKey<T>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string): (T | null)[] {
  const found = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => found.get(key) ?? null);
}

/** The row with each id, or null, in the order of `ids`. */
export function byId<T extends { id: string }>(ids: readonly string[], rows: readonly T[]): (T | null)[] {
  return byKey(ids, rows, (row) => row.id);
}

/** The rows of each key (in row order), an empty list for keys without rows, in the order of `keys`. */
export function groupedBy<T>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
