export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Earlier first, then by id: a total order for items that share a moment. */
export const byMomentThenId =
  <T extends { id: string }>(momentOf: (item: T) => Date) =>
  (a: T, b: T): number =>
    momentOf(a).getTime() - momentOf(b).getTime() || compareIds(a.id, b.id);
