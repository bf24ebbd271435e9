import { badInput } from '../../../lib/errors';
import { workItemFields } from './transition-rules';

/** Item types in the order of the WorkItemType enum. */
export const workItemTypes = ['EPIC', 'STORY', 'TASK', 'BUG', 'SUBTASK'] as const;
export type WorkItemTypeName = (typeof workItemTypes)[number];

export const maxStatesPerWorkflow = 30;
/** At most one transition from each state to each other (none to itself). */
export const maxTransitionsPerWorkflow = maxStatesPerWorkflow * (maxStatesPerWorkflow - 1);
export const maxStateNameLength = 50;
export const minMaxDepth = 1;
export const maxMaxDepth = 10;

/** A state name trimmed, 1 to 50 characters. */
export function validateStateName(name: string, field: string): string {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > maxStateNameLength) {
    throw badInput(field, `The name must be 1 to ${maxStateNameLength} characters.`);
  }
  return trimmed;
}

/** A colour as `#rrggbb`, lowercased. */
export function normalizeColor(color: string, field: string): string {
  const trimmed = color.trim();
  if (!/^#[0-9a-fA-F]{6}$/.test(trimmed)) throw badInput(field, 'The colour must be written #rrggbb.');
  return trimmed.toLowerCase();
}

/** A position from 0; the upper bound depends on the workflow and is checked in the transaction. */
export function validatePosition(position: number, field: string): number {
  if (!Number.isInteger(position) || position < 0) throw badInput(field, 'The position must be 0 or more.');
  return position;
}

/** Required fields without repeats, in enum order. */
export function normalizeRequiredFields(fields: readonly string[]): string[] {
  return workItemFields.filter((field) => fields.includes(field));
}

export interface HierarchyRulesInput {
  allowedChildren: readonly { parentType: string; childTypes: readonly string[] }[];
  maxDepth: number;
}

/** The stored form of hierarchy rules: every type with its child types in enum order. */
export function validateHierarchyRules(input: HierarchyRulesInput): {
  rules: Record<WorkItemTypeName, WorkItemTypeName[]>;
  maxDepth: number;
} {
  const rules = Object.fromEntries(workItemTypes.map((type) => [type, [] as WorkItemTypeName[]])) as Record<
    WorkItemTypeName,
    WorkItemTypeName[]
  >;
  const seen = new Set<string>();
  input.allowedChildren.forEach((rule, i) => {
    if (seen.has(rule.parentType)) {
      throw badInput(
        `input.allowedChildren.${i}.parentType`,
        `${rule.parentType} is listed more than once as a parent type.`,
      );
    }
    seen.add(rule.parentType);
    if (new Set(rule.childTypes).size !== rule.childTypes.length) {
      throw badInput(`input.allowedChildren.${i}.childTypes`, 'The child types must be distinct.');
    }
    rules[rule.parentType as WorkItemTypeName] = workItemTypes.filter((type) => rule.childTypes.includes(type));
  });
  if (!Number.isInteger(input.maxDepth) || input.maxDepth < minMaxDepth || input.maxDepth > maxMaxDepth) {
    throw badInput('input.maxDepth', `maxDepth must be between ${minMaxDepth} and ${maxMaxDepth}.`);
  }
  return { rules, maxDepth: input.maxDepth };
}

/** Every type in enum order with the child types the stored rules give it (none when absent). */
export function hierarchyRulesOf(stored: unknown): { parentType: WorkItemTypeName; childTypes: WorkItemTypeName[] }[] {
  const rules = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  return workItemTypes.map((parentType) => {
    const children = Array.isArray(rules[parentType]) ? (rules[parentType] as unknown[]) : [];
    return { parentType, childTypes: workItemTypes.filter((type) => children.includes(type)) };
  });
}
