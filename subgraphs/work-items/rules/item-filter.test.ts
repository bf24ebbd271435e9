import { fieldOf } from '../../../tests/testkit/field-of';
import { toGlobalId } from '../../../lib/ids';
import type { CustomField } from '../generated/prisma/client';
import { emptyFilter, searchQueryOf, toItemFilter, validateFilterShape } from './item-filter';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const field = (n: number, type: string, options: string[] = []): CustomField => ({
  id: uuid(n),
  projectId: uuid(99),
  name: `F${n}`,
  type,
  description: '',
  required: false,
  options,
  position: n,
  createdAt: new Date(0),
});
const fields = [
  field(1, 'TEXT'),
  field(2, 'NUMBER'),
  field(3, 'DATE'),
  field(4, 'SELECT', ['a', 'b']),
  field(5, 'MULTI_SELECT', ['x', 'y']),
  field(6, 'USER'),
];
const fieldId = (n: number) => toGlobalId('CustomField', uuid(n));

describe('searchQueryOf', () => {
  test('keeps letters and digits of every word as prefix terms joined by and', () => {
    expect(searchQueryOf('Deploy  billing-v2!')).toBe('deploy:* & billing:* & v2:*');
    expect(searchQueryOf("a' | b:* & !(c)")).toBe('a:* & b:* & c:*');
    expect(searchQueryOf('Zürich 東京')).toBe('zürich:* & 東京:*');
  });

  test('gives no query for a search without words', () => {
    expect(searchQueryOf('  ')).toBeNull();
    expect(searchQueryOf(':*&|!')).toBeNull();
  });
});

describe('toItemFilter', () => {
  test('returns the empty filter (unarchived items) when none is given', () => {
    expect(toItemFilter(null, 'filter', fields)).toEqual(emptyFilter);
  });

  test('decodes ids, deduplicates lists and turns custom field conditions into jsonb containment', () => {
    const filter = toItemFilter(
      {
        stateIds: [toGlobalId('WorkflowState', uuid(7)), toGlobalId('WorkflowState', uuid(7))],
        priorities: ['URGENT', 'NONE'],
        dueAfter: new Date('2026-01-02T00:00:00Z'),
        customFields: [
          { fieldId: fieldId(2), number: 3 },
          { fieldId: fieldId(3), date: new Date('2026-03-04T00:00:00Z') },
          { fieldId: fieldId(5), option: 'y' },
          { fieldId: fieldId(6), userId: toGlobalId('User', uuid(8)) },
        ],
        search: 'dep',
      },
      'filter',
      fields,
    );
    expect(filter.stateIds).toEqual([uuid(7)]);
    expect(filter.priorities).toEqual([4, 0]);
    expect(filter.dueAfter).toBe('2026-01-02');
    expect(filter.customFields.map((c) => c.contains && JSON.parse(c.contains))).toEqual([
      { [uuid(2)]: 3 },
      { [uuid(3)]: '2026-03-04' },
      { [uuid(5)]: ['y'] },
      { [uuid(6)]: uuid(8) },
    ]);
    expect(filter.tsquery).toBe('dep:*');
  });

  test('names the offending input of a malformed filter', () => {
    expect(fieldOf(() => validateFilterShape({ labelIds: [toGlobalId('User', uuid(1))] }, 'input.filter'))).toBe(
      'input.filter.labelIds.0',
    );
    expect(fieldOf(() => validateFilterShape({ types: Array(101).fill('BUG') }, 'filter'))).toBe('filter.types');
    expect(fieldOf(() => toItemFilter({ customFields: [{ fieldId: fieldId(9), text: 'x' }] }, 'filter', fields))).toBe(
      'filter.customFields.0.fieldId',
    );
    expect(fieldOf(() => toItemFilter({ customFields: [{ fieldId: fieldId(1), number: 1 }] }, 'filter', fields))).toBe(
      'filter.customFields.0.number',
    );
    expect(fieldOf(() => toItemFilter({ customFields: [{ fieldId: fieldId(4) }] }, 'filter', fields))).toBe(
      'filter.customFields.0.option',
    );
    expect(
      fieldOf(() => toItemFilter({ customFields: [{ fieldId: fieldId(4), option: 'z' }] }, 'filter', fields)),
    ).toBe('filter.customFields.0.option');
  });

  test('a stored condition on a deleted field or option matches nothing instead of failing', () => {
    const filter = toItemFilter(
      {
        customFields: [
          { fieldId: fieldId(9), text: 'x' },
          { fieldId: fieldId(4), option: 'gone' },
        ],
      },
      'filter',
      fields,
      'stored',
    );
    expect(filter.customFields.map((c) => c.contains)).toEqual([null, null]);
  });
});
