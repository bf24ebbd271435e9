import { z } from 'zod';
import { parseRows } from '../../../lib/db/parse-rows';
import { badInput } from '../../../lib/errors';
import { toGlobalId } from '../../../lib/ids';
import type { WorkItemsTx } from '../db';
import type { CustomField } from '../generated/prisma/client';
import type { CustomFieldType } from '../generated/resolvers-types';
import { displayValue, type StoredValue } from './custom-field-values';
import { validateShortDescription } from './labels';
import { JsonColumn } from './rows';

export const maxCustomFieldNameLength = 50;
export const maxCustomFieldsPerProject = 50;
export const maxOptions = 100;
export const maxOptionLength = 100;

export const customFieldTypes: readonly CustomFieldType[] = [
  'TEXT',
  'NUMBER',
  'DATE',
  'SELECT',
  'MULTI_SELECT',
  'USER',
];

export const hasOptions = (type: string): boolean => type === 'SELECT' || type === 'MULTI_SELECT';

/** A trimmed name of 1..50 characters. */
export function validateFieldName(name: string, field = 'input.name'): string {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > maxCustomFieldNameLength) {
    throw badInput(field, `The name must be 1-${maxCustomFieldNameLength} characters.`);
  }
  return trimmed;
}

export const validateFieldDescription = validateShortDescription;

/**
 * The options of a field of `type`: required (1..100 distinct, each trimmed 1..100 characters) for
 * SELECT and MULTI_SELECT, forbidden for the other types. Returns [] for types without options.
 */
export function validateOptions(type: string, options: readonly string[] | null | undefined, field = 'input.options') {
  if (!hasOptions(type)) {
    if (options != null) throw badInput(field, `Only SELECT and MULTI_SELECT fields have options, not ${type}.`);
    return [];
  }
  if (options == null || options.length < 1 || options.length > maxOptions) {
    throw badInput(field, `A ${type} field needs 1-${maxOptions} options.`);
  }
  const seen = new Set<string>();
  return options.map((option, i) => {
    const trimmed = option.trim();
    if (trimmed.length < 1 || trimmed.length > maxOptionLength) {
      throw badInput(`${field}.${i}`, `Each option must be 1-${maxOptionLength} characters.`);
    }
    if (seen.has(trimmed)) throw badInput(`${field}.${i}`, `The option "${trimmed}" is given twice.`);
    seen.add(trimmed);
    return trimmed;
  });
}

const OptionRow = z.object({ option: z.string() });

/** Which of `options` some item of the project still uses in the field (as its option or in its list). */
export async function optionsInUse(
  tx: WorkItemsTx,
  projectId: string,
  fieldId: string,
  options: readonly string[],
): Promise<string[]> {
  if (!options.length) return [];
  const rows = parseRows(
    'optionsInUse',
    OptionRow,
    await tx.$queryRaw`
      SELECT DISTINCT o.option FROM unnest(${[...options]}::text[]) AS o(option)
      JOIN work_item wi ON wi.project_id = ${projectId}::uuid AND (wi.custom_fields -> ${fieldId}::text) ? o.option`,
  );
  const used = new Set(rows.map((row) => row.option));
  return options.filter((option) => used.has(option));
}

/**
 * Moves a field to `to` among its project's fields, shifting the ones in between by one so
 * positions stay 0..n-1 without gaps.
 */
export async function moveField(tx: WorkItemsTx, projectId: string, fieldId: string, from: number, to: number) {
  if (to === from) return;
  if (to < from) {
    await tx.$executeRaw`UPDATE custom_field SET position = position + 1
      WHERE project_id = ${projectId}::uuid AND position >= ${to} AND position < ${from}`;
  } else {
    await tx.$executeRaw`UPDATE custom_field SET position = position - 1
      WHERE project_id = ${projectId}::uuid AND position > ${from} AND position <= ${to}`;
  }
  await tx.$executeRaw`UPDATE custom_field SET position = ${to} WHERE id = ${fieldId}::uuid`;
}

const FieldValueRow = z.object({ id: z.string(), value: JsonColumn });

/**
 * Deletes a field inside the caller's transaction: its value leaves every item that has one (locked,
 * with a `customField:<field ID>` history entry and a new version), the fields after it move up one.
 * A fixed number of statements whatever the number of items; returns the ids of the items changed.
 */
export async function deleteFieldEverywhere(
  tx: WorkItemsTx,
  field: CustomField,
  actorId: string,
  at: Date,
): Promise<string[]> {
  const items = parseRows(
    'lockItemsWithField',
    FieldValueRow,
    await tx.$queryRaw`
      SELECT id::text AS id, custom_fields -> ${field.id}::text AS value FROM work_item
      WHERE project_id = ${field.projectId}::uuid AND custom_fields ? ${field.id}::text
      ORDER BY id
      FOR UPDATE`,
  );
  if (items.length) {
    const ids = items.map((item) => item.id);
    await tx.$executeRaw`
      UPDATE work_item SET custom_fields = custom_fields - ${field.id}::text, version = version + 1, updated_at = ${at}
      WHERE id = ANY(${ids}::uuid[])`;
    const historyField = `customField:${toGlobalId('CustomField', field.id)}`;
    await tx.historyEntry.createMany({
      data: items.map((item) => {
        const oldValue = displayValue(field, item.value as StoredValue | null);
        return {
          workItemId: item.id,
          actorId,
          field: historyField,
          ...(oldValue === null ? {} : { oldValue }),
          createdAt: at,
        };
      }),
    });
  }
  await tx.$executeRaw`DELETE FROM custom_field WHERE id = ${field.id}::uuid`;
  await tx.$executeRaw`UPDATE custom_field SET position = position - 1
    WHERE project_id = ${field.projectId}::uuid AND position > ${field.position}`;
  return items.map((item) => item.id);
}
