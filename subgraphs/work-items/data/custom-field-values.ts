import { badInput } from '../../../lib/errors';
import { fromGlobalId, toGlobalId } from '../../../lib/ids';
import type { CustomField } from '../generated/prisma/client';
import type { CustomFieldValueMapper } from '../mappers';
import { formatCalendarDate } from '../../../lib/graphql-scalars';
import type { FieldChange } from '../rules/field-change';

export const maxTextValueLength = 1000;

/** What the `custom_fields` jsonb column holds: field uuid → value ('YYYY-MM-DD' dates, raw user uuids). */
export type StoredValue = string | number | string[];
export type StoredCustomFields = Record<string, StoredValue>;

/** The shape of CustomFieldValueInput (GraphQL gives explicit nulls for members sent as null). */
export interface CustomFieldValueInputLike {
  fieldId: string;
  text?: string | null;
  number?: number | null;
  date?: Date | null;
  option?: string | null;
  options?: string[] | null;
  userId?: string | null;
}

type Member = 'text' | 'number' | 'date' | 'option' | 'options' | 'userId';
const members: Member[] = ['text', 'number', 'date', 'option', 'options', 'userId'];

/** The one input member each field type takes. */
export const memberOfType: Record<string, Member> = {
  TEXT: 'text',
  NUMBER: 'number',
  DATE: 'date',
  SELECT: 'option',
  MULTI_SELECT: 'options',
  USER: 'userId',
};

/** The GraphQL type of a value of each field type (CustomFieldValue.__resolveType). */
export const valueTypeOf: Record<string, string> = {
  TEXT: 'TextFieldValue',
  NUMBER: 'NumberFieldValue',
  DATE: 'DateFieldValue',
  SELECT: 'SelectFieldValue',
  MULTI_SELECT: 'MultiSelectFieldValue',
  USER: 'UserFieldValue',
};

export const storedCustomFields = (json: unknown): StoredCustomFields =>
  json && typeof json === 'object' && !Array.isArray(json) ? (json as StoredCustomFields) : {};

/**
 * A stored value as it still fits its field's current definition, or null: values whose options were
 * dropped from the field, or of the wrong shape, are skipped. MULTI_SELECT keeps its valid options in
 * the field's option order.
 */
export function currentValue(field: CustomField, value: unknown): StoredValue | null {
  switch (field.type) {
    case 'TEXT':
      return typeof value === 'string' ? value : null;
    case 'NUMBER':
      return typeof value === 'number' && Number.isFinite(value) ? value : null;
    case 'DATE':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
    case 'SELECT':
      return typeof value === 'string' && field.options.includes(value) ? value : null;
    case 'MULTI_SELECT': {
      if (!Array.isArray(value)) return null;
      const chosen = field.options.filter((option) => value.includes(option));
      return chosen.length ? chosen : null;
    }
    case 'USER':
      return typeof value === 'string' && value.length === 36 ? value : null;
    default:
      return null;
  }
}

/** The values of an item's custom fields in field position order, for WorkItem.customFields. */
export function customFieldValuesOf(fields: readonly CustomField[], stored: unknown): CustomFieldValueMapper[] {
  const values = storedCustomFields(stored);
  const result: CustomFieldValueMapper[] = [];
  for (const field of fields) {
    const value = currentValue(field, values[field.id]);
    if (value !== null) result.push({ field, value });
  }
  return result;
}

/** A value as history text: numbers as String(n), dates YYYY-MM-DD, lists comma-separated, users as global IDs. */
export function displayValue(field: CustomField, value: StoredValue | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.join(', ');
  if (field.type === 'USER') return toGlobalId('User', String(value));
  return String(value);
}

export interface CustomFieldWrite {
  /** The whole new `custom_fields` object. */
  values: StoredCustomFields;
  /** One history entry per field whose value changed. */
  changes: FieldChange[];
}

export interface CustomFieldWriteArgs {
  inputs: readonly CustomFieldValueInputLike[];
  /** The project's field definitions (loaders.customFieldsByProject). */
  fields: readonly CustomField[];
  /** The item's stored values; {} on create. */
  current: unknown;
  /** On create every required field must get a value; on update none may be cleared. */
  creating: boolean;
  /** Whether a user (raw uuid) is a member of the item's project. */
  isMember: (userId: string) => Promise<boolean>;
  path?: string;
}

/**
 * Validates custom field inputs against the project's definitions and merges them into the stored
 * values. Each input gives the one member matching its field's type, or none to clear the value.
 */
export async function writeCustomFieldValues(args: CustomFieldWriteArgs): Promise<CustomFieldWrite> {
  const path = args.path ?? 'input.customFields';
  const current = storedCustomFields(args.current);
  const values: StoredCustomFields = { ...current };
  const changes: FieldChange[] = [];
  const seen = new Set<string>();
  for (const [i, input] of args.inputs.entries()) {
    const at = `${path}.${i}`;
    const fieldId = fromGlobalId(input.fieldId, 'CustomField', `${at}.fieldId`);
    const field = args.fields.find((f) => f.id === fieldId);
    if (!field) throw badInput(`${at}.fieldId`, 'The custom field is not a field of the item’s project.');
    if (seen.has(fieldId)) throw badInput(`${at}.fieldId`, `The custom field "${field.name}" is listed twice.`);
    seen.add(fieldId);
    const expected = memberOfType[field.type]!;
    const given = members.filter((member) => input[member] !== null && input[member] !== undefined);
    const wrong = given.find((member) => member !== expected);
    if (wrong) {
      throw badInput(
        `${at}.${wrong}`,
        `The field "${field.name}" is a ${field.type} field: give \`${expected}\` only.`,
      );
    }
    const value = given.length ? await parseValue(field, input, `${at}.${expected}`, args.isMember) : null;
    if (value === null) {
      if (field.required && !args.creating) {
        throw badInput(`${at}.fieldId`, `The custom field "${field.name}" is required and cannot be cleared.`);
      }
      delete values[fieldId];
    } else {
      values[fieldId] = value;
    }
    const before = displayValue(field, currentValue(field, current[fieldId]));
    const after = displayValue(field, value);
    if (before !== after) {
      changes.push({ field: `customField:${toGlobalId('CustomField', fieldId)}`, oldValue: before, newValue: after });
    }
  }
  if (args.creating) {
    const missing = args.fields.find((field) => field.required && currentValue(field, values[field.id]) === null);
    if (missing) throw badInput(path, `The custom field "${missing.name}" is required: give it a value.`);
  }
  return { values, changes };
}

async function parseValue(
  field: CustomField,
  input: CustomFieldValueInputLike,
  at: string,
  isMember: (userId: string) => Promise<boolean>,
): Promise<StoredValue | null> {
  switch (field.type) {
    case 'TEXT': {
      const text = input.text!;
      if (text.length > maxTextValueLength)
        throw badInput(at, `A text value is at most ${maxTextValueLength} characters.`);
      return text;
    }
    case 'NUMBER': {
      const number = input.number!;
      if (!Number.isFinite(number)) throw badInput(at, 'The number must be finite.');
      return number;
    }
    case 'DATE':
      return formatCalendarDate(input.date!);
    case 'SELECT': {
      const option = input.option!;
      if (!field.options.includes(option)) {
        throw badInput(at, `"${option}" is not an option of "${field.name}": ${field.options.join(', ')}.`);
      }
      return option;
    }
    case 'MULTI_SELECT': {
      const options = input.options!;
      const unknown = options.find((option) => !field.options.includes(option));
      if (unknown !== undefined) {
        throw badInput(at, `"${unknown}" is not an option of "${field.name}": ${field.options.join(', ')}.`);
      }
      const chosen = field.options.filter((option) => options.includes(option));
      // No options chosen is no value: the field is cleared.
      return chosen.length ? chosen : null;
    }
    case 'USER': {
      const userId = fromGlobalId(input.userId!, 'User', at);
      if (!(await isMember(userId))) throw badInput(at, 'The user is not a member of the project.');
      return userId;
    }
    default:
      throw badInput(at, `The field "${field.name}" has an unknown type.`);
  }
}
