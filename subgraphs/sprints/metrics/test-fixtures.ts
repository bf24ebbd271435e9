import type { HistoryPoint } from './timeline';

export const at = (iso: string) => new Date(iso);

/** A history row of the item, by default in TODO, by nobody, with the id `${workItemId}${version}`. */
export const point = (
  workItemId: string,
  version: number,
  occurredAt: string,
  estimate: number | null,
  more: Partial<Pick<HistoryPoint, 'id' | 'actorId' | 'stateCategory'>> = {},
): HistoryPoint => ({
  id: `${workItemId}${version}`,
  workItemId,
  version,
  occurredAt: at(occurredAt),
  actorId: null,
  estimate,
  stateCategory: 'TODO',
  ...more,
});
