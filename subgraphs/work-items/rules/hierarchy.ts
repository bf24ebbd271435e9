import { badInput } from '../../../lib/errors';
import type { ProjectSettings, WorkItem } from '../generated/prisma/client';

// Hierarchy rules that need no database: the project's nesting rules and depth, and where an item may go.

/** The child types a parent type may hold under the project's rules (JSON `{ "EPIC": ["STORY", ...] }`). */
export function allowedChildTypes(settings: Pick<ProjectSettings, 'hierarchyRules'>, parentType: string): string[] {
  const rules = settings.hierarchyRules;
  if (!rules || typeof rules !== 'object' || Array.isArray(rules)) return [];
  const allowed = (rules as Record<string, unknown>)[parentType];
  return Array.isArray(allowed) ? allowed.filter((t): t is string => typeof t === 'string') : [];
}

/** BAD_USER_INPUT on `field` unless a `parentType` item may hold a `childType` item. */
export function checkNesting(
  settings: Pick<ProjectSettings, 'hierarchyRules'>,
  parentType: string,
  childType: string,
  field: string,
): void {
  const allowed = allowedChildTypes(settings, parentType);
  if (!allowed.includes(childType)) {
    const holds = allowed.length ? `holds only ${allowed.join(', ')}` : 'holds no children';
    throw badInput(field, `A ${parentType} cannot contain a ${childType} in this project (a ${parentType} ${holds}).`);
  }
}

/** BAD_USER_INPUT on `field` when an item would sit deeper than the project's maxDepth (top level: 0). */
export function checkDepth(settings: Pick<ProjectSettings, 'maxDepth'>, deepest: number, field: string): void {
  if (deepest > settings.maxDepth) {
    throw badInput(
      field,
      `The hierarchy would be ${deepest} levels deep; this project allows at most ${settings.maxDepth} below the top.`,
    );
  }
}

/**
 * BAD_USER_INPUT on input.parentId unless `item` (becoming `itemType`) may move under `parent`: same
 * project, not under itself or a descendant, parent not archived, nesting allowed. The depth of the
 * item's subtree is checked apart, with checkDepth, as it needs the database.
 */
export function checkNewParent(
  settings: Pick<ProjectSettings, 'hierarchyRules'>,
  item: Pick<WorkItem, 'id' | 'projectId'>,
  itemType: string,
  parent: Pick<WorkItem, 'id' | 'projectId' | 'path' | 'archivedAt' | 'type'>,
  field = 'input.parentId',
): void {
  if (parent.projectId !== item.projectId) {
    throw badInput(field, 'The parent must be an item of the same project.');
  }
  if (parent.id === item.id || parent.path.includes(item.id)) {
    throw badInput(field, 'An item cannot be moved under itself or one of its descendants.');
  }
  if (parent.archivedAt) throw badInput(field, 'The parent is archived: restore it first.');
  checkNesting(settings, parent.type, itemType, field);
}
