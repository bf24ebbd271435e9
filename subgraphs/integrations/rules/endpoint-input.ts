import { badInput } from '../../../lib/errors';
import { isWebhookEventType } from '../catalogue';

export const maxDescriptionLength = 500;
export const maxOverlapHours = 7 * 24;

/** The event types of an endpoint: at least one, each from the catalogue, without repeats, sorted. */
export function eventTypesOf(names: readonly string[], field: string): string[] {
  if (!names.length) throw badInput(field, 'Choose at least one event type.');
  names.forEach((name, index) => {
    if (!isWebhookEventType(name)) throw badInput(`${field}.${index}`, `${name} is not a webhook event type.`);
  });
  return [...new Set(names)].sort();
}

export function descriptionOf(text: string, field: string): string {
  const trimmed = text.trim();
  if (trimmed.length > maxDescriptionLength)
    throw badInput(field, `A description may have at most ${maxDescriptionLength} characters.`);
  return trimmed;
}

/** How long the old secret stays valid after a rotation: 0 to 7 days, in hours. */
export function overlapHoursOf(hours: number, field: string): number {
  if (!Number.isInteger(hours) || hours < 0 || hours > maxOverlapHours)
    throw badInput(field, `The overlap is 0 to ${maxOverlapHours} hours.`);
  return hours;
}
