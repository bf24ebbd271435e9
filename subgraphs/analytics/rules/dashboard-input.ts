import { badInput } from '../../../lib/errors';
import type { DashboardSharing } from './dashboard-access';

export const maxDashboardNameLength = 100;
export const maxDashboardDescriptionLength = 1000;
export const maxWidgetTitleLength = 100;
/** The most widgets one dashboard holds; adding past it is a CONFLICT. */
export const maxWidgetsPerDashboard = 30;
export const minWidgetDays = 7;
export const maxWidgetDays = 366;
export const defaultWidgetDays = 90;

/** Explicit null for a field that cannot be cleared. */
export function notNull<T>(value: T | null | undefined, field: string): T | undefined {
  if (value === null) throw badInput(field, `${field} cannot be null.`);
  return value;
}

/** A name or title trimmed to 1..`max` characters. */
export function validateLabel(value: string, field: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length < 1 || trimmed.length > max) throw badInput(field, `It must be 1-${max} characters.`);
  return trimmed;
}

export const validateDashboardName = (name: string, field = 'input.name') =>
  validateLabel(name, field, maxDashboardNameLength);

export const validateWidgetTitle = (title: string, field = 'input.title') =>
  validateLabel(title, field, maxWidgetTitleLength);

export function validateDescription(description: string, field = 'input.description'): string {
  if (description.length > maxDashboardDescriptionLength) {
    throw badInput(
      field,
      `The description must be at most ${maxDashboardDescriptionLength.toLocaleString('en-US')} characters.`,
    );
  }
  return description;
}

/** How many days up to today a widget covers, 7-366. */
export function validateWidgetDays(days: number, field = 'input.days'): number {
  if (!Number.isInteger(days) || days < minWidgetDays || days > maxWidgetDays) {
    throw badInput(field, `A widget covers ${minWidgetDays}-${maxWidgetDays} days.`);
  }
  return days;
}

/** A widget position: 0 or more (past the end means last). */
export function validatePosition(position: number, field = 'input.position'): number {
  if (!Number.isInteger(position) || position < 0) throw badInput(field, 'The position must be 0 or more.');
  return position;
}

export interface Sharing {
  sharing: DashboardSharing;
  projectId: string | null;
}

/**
 * The sharing a create (current null) or an update leads to. Sharing with a project needs a project:
 * the one given, or the one it is already shared with; a project with any other sharing is refused,
 * so a client never believes it shared with a project it did not. Raw ids; `input.projectId` is blamed.
 */
export function nextSharing(
  current: Sharing | null,
  input: { sharing?: DashboardSharing; projectId?: string | null },
): Sharing {
  const sharing = input.sharing ?? current?.sharing ?? 'PRIVATE';
  if (sharing !== 'PROJECT') {
    if (input.projectId) throw badInput('input.projectId', 'A project is only given when sharing is PROJECT.');
    return { sharing, projectId: null };
  }
  const projectId = input.projectId ?? (current?.sharing === 'PROJECT' ? current.projectId : null);
  if (!projectId) throw badInput('input.projectId', 'Sharing with a project needs the project.');
  return { sharing, projectId };
}
