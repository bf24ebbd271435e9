import { badInput } from '../../../lib/errors';

// Quiet hours are stored as minutes after local midnight and shown as `HH:MM`.

const timeOfDay = /^([01]\d|2[0-3]):[0-5]\d$/;

/** `HH:MM` as minutes after midnight, or BAD_USER_INPUT naming the field. */
export function minutesOf(value: string, field: string): number {
  if (!timeOfDay.test(value)) throw badInput(field, `${field} must be a time as HH:MM (00:00-23:59).`);
  const [hours, minutes] = value.split(':').map(Number);
  return hours! * 60 + minutes!;
}

/** Minutes after midnight as `HH:MM`. */
export const asTimeOfDay = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
