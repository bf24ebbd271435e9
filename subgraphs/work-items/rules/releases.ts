import { badInput } from '../../../lib/errors';

export const maxReleaseNameLength = 100;
export const maxReleaseDescriptionLength = 10_000;

/** A release name trimmed to 1..100 characters. */
export function validateReleaseName(name: string, field = 'input.name'): string {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > maxReleaseNameLength) {
    throw badInput(field, `A release name is 1 to ${maxReleaseNameLength} characters.`);
  }
  return trimmed;
}

export function validateReleaseDescription(description: string, field = 'input.description'): string {
  if (description.length > maxReleaseDescriptionLength) {
    throw badInput(
      field,
      `The description must be at most ${maxReleaseDescriptionLength.toLocaleString('en-US')} characters.`,
    );
  }
  return description;
}

/** BAD_USER_INPUT on `input.releaseDate` when the release would end before it starts. */
export function checkReleaseDates(startDate: Date | null, releaseDate: Date | null): void {
  if (startDate && releaseDate && releaseDate.getTime() < startDate.getTime()) {
    throw badInput('input.releaseDate', 'The release date must be on or after the start date.');
  }
}

/** Whether the release date has passed (UTC) and the release is not out. */
export function isOverdue(release: { releaseDate: Date | null; releasedAt: Date | null }, now: Date): boolean {
  if (release.releasedAt || !release.releaseDate) return false;
  return release.releaseDate.getTime() + 86_400_000 <= now.getTime();
}

/** Done items as a share of those not canceled, 0 to 100, rounded to one decimal; 0 when there are none. */
export function percentDone(progress: { itemCount: number; doneCount: number; canceledCount: number }): number {
  const counted = progress.itemCount - progress.canceledCount;
  return counted > 0 ? Math.round((progress.doneCount / counted) * 1000) / 10 : 0;
}
