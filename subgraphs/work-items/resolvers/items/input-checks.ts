import { badInput, notFound } from '../../../../lib/errors';
import { fromGlobalId } from '../../../../lib/ids';
import { canRead, isProjectMember } from '../../access';
import { type WorkItemsContext } from '../../context';
import {
  writeCustomFieldValues,
  type CustomFieldValueInputLike,
  type CustomFieldWrite,
} from '../../data/custom-field-values';
import { labelsByIds } from '../../data/labels';
import type { CustomField, Label, WorkItem } from '../../generated/prisma/client';

/** BAD_USER_INPUT on `field` unless the user has a role in the project. */
export async function checkMember(context: WorkItemsContext, projectId: string, userId: string, field: string) {
  if (!(await isProjectMember(context, projectId, userId))) {
    throw badInput(field, 'The user is not a member of the project.');
  }
}

/** The labels behind global IDs, each of the project; the bad one is named `field.<i>`. */
export async function projectLabels(
  context: WorkItemsContext,
  projectId: string,
  globalIds: readonly string[],
  field: string,
): Promise<Label[]> {
  if (!globalIds.length) return [];
  const ids = globalIds.map((id, i) => fromGlobalId(id, 'Label', `${field}.${i}`));
  const rows = await labelsByIds(context.prisma, ids);
  const byId = new Map(rows.map((label) => [label.id, label]));
  ids.forEach((id, i) => {
    if (byId.get(id)?.projectId !== projectId)
      throw badInput(`${field}.${i}`, 'The label is not a label of the project.');
  });
  return [...new Set(ids)].map((id) => byId.get(id)!);
}

/** A prospective parent: NOT_FOUND unless readable, BAD_USER_INPUT when of another project. */
export async function parentOf(context: WorkItemsContext, parentId: string, projectId: string): Promise<WorkItem> {
  const parent = await context.loaders.workItemById.load(parentId);
  if (!parent || !(await canRead(context, parent.projectId))) throw notFound('Work item');
  if (parent.projectId !== projectId)
    throw badInput('input.parentId', 'The parent must be an item of the same project.');
  return parent;
}

/** BAD_USER_INPUT on `field` unless the release exists and belongs to the project. */
export async function checkRelease(context: WorkItemsContext, releaseId: string, projectId: string, field: string) {
  const release = await context.loaders.releaseById.load(releaseId);
  if (release?.projectId !== projectId) throw badInput(field, 'The release is not a release of the project.');
}

/** Global ID shapes of custom field inputs, checked before any access check. */
export function checkCustomFieldIds(
  inputs: readonly CustomFieldValueInputLike[] | null | undefined,
  path = 'input.customFields',
): void {
  inputs?.forEach((input, i) => fromGlobalId(input.fieldId, 'CustomField', `${path}.${i}.fieldId`));
}

/** Checks custom field inputs against field definitions and merges them into an item's values. */
export type CustomFieldWriter = (fields: readonly CustomField[], current: unknown) => Promise<CustomFieldWrite>;

/** The writer of these inputs for an item of the project (USER values must be its members). */
export function customFieldWriter(
  context: WorkItemsContext,
  projectId: string,
  inputs: readonly CustomFieldValueInputLike[],
  creating: boolean,
  path?: string,
): CustomFieldWriter {
  return (fields, current) =>
    writeCustomFieldValues({
      inputs,
      fields,
      current,
      creating,
      isMember: (userId) => isProjectMember(context, projectId, userId),
      path,
    });
}
