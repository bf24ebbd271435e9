import { badInput } from '../../lib/errors';
import { fromGlobalId } from '../../lib/ids';

export const maxTitleLength = 255;
export const maxDescriptionLength = 100_000;
export const maxEstimate = 1000;
export const maxClientMutationIdLength = 100;
export const maxLabelsPerItem = 50;
export const maxBulkItems = 100;
/** The most items one bulkCreateWorkItems creates (Jira's bulk limit): they are written in a fixed number of statements. */
export const maxBulkCreateItems = 1000;
/** The most items one bulkUpdateWorkItems changes (Jira's bulk limit): field changes are written for all at once. */
export const maxBulkUpdateItems = 1000;
/** The most items one bulk archive, restore or delete takes (Jira's bulk limit): they run in a fixed number of statements. */
export const maxBulkLifecycleItems = 1000;

/** `WEB-42`: a project key (as projects validates it) and a positive number without leading zeros. */
const workItemKeyPattern = /^([A-Z][A-Z0-9]{1,9})-([1-9][0-9]*)$/;

/** A title trimmed to 1..255 characters. */
export function validateTitle(title: string, field = 'input.title'): string {
  const trimmed = title.trim();
  if (trimmed.length < 1 || trimmed.length > maxTitleLength) {
    throw badInput(field, `The title must be 1-${maxTitleLength} characters.`);
  }
  return trimmed;
}

export function validateDescription(description: string, field = 'input.description'): string {
  if (description.length > maxDescriptionLength) {
    throw badInput(
      field,
      `The description must be at most ${maxDescriptionLength.toLocaleString('en-US')} characters.`,
    );
  }
  return description;
}

export function validateEstimate(estimate: number, field = 'input.estimate'): number {
  if (!Number.isFinite(estimate) || estimate < 0 || estimate > maxEstimate) {
    throw badInput(field, `The estimate must be a number of points from 0 to ${maxEstimate}.`);
  }
  return estimate;
}

export function validateClientMutationId(value: string, field = 'input.clientMutationId'): string {
  if (value.length < 1 || value.length > maxClientMutationIdLength) {
    throw badInput(field, `clientMutationId must be 1-${maxClientMutationIdLength} characters.`);
  }
  return value;
}

/** A work item key split into its project key and number; BAD_USER_INPUT on `field` when malformed. */
export function parseWorkItemKey(key: string, field = 'key'): { projectKey: string; number: number } {
  const match = workItemKeyPattern.exec(key);
  const number = match ? Number(match[2]) : NaN;
  if (!match || !Number.isSafeInteger(number) || number > 2_147_483_647) {
    throw badInput(field, 'A work item key is a project key, a dash and a number, for example WEB-42.');
  }
  return { projectKey: match[1]!, number };
}

/** Global IDs of one type, deduplicated in order; each bad one is named by its index (`field.<i>`). */
export function parseIdList(ids: readonly string[], type: string, field: string, max: number): string[] {
  const seen = new Set<string>();
  ids.forEach((id, i) => seen.add(fromGlobalId(id, type, `${field}.${i}`)));
  if (seen.size > max) throw badInput(field, `At most ${max} distinct IDs may be given.`);
  return [...seen];
}

/** Explicit null for a field that cannot be cleared. */
export function notNull<T>(value: T | null | undefined, field: string): T | undefined {
  if (value === null) throw badInput(field, `${field} cannot be null.`);
  return value;
}
