import { toGlobalId } from '../../../lib/ids';
import type { Label } from '../generated/prisma/client';
import { formatCalendarDate } from '../../../lib/graphql-scalars';

// How item values appear in history entries (see data/history.ts).

export const gid = (type: string, id: string | null) => (id === null ? null : toGlobalId(type, id));
export const dateText = (date: Date | null) => (date === null ? null : formatCalendarDate(date));
export const numberText = (n: number | null) => (n === null ? null : String(n));

/** Labels as history text: their global IDs in name order, comma-separated (null for none). */
export function labelsText(labels: readonly Pick<Label, 'id' | 'name'>[]): string | null {
  if (!labels.length) return null;
  return [...labels]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1))
    .map((label) => toGlobalId('Label', label.id))
    .join(', ');
}
