import { filterFromStored, orderFromStored, storedFilterOf, storedOrderOf, viewNameOf } from './saved-views';

describe('stored filters and orders', () => {
  test('a filter is stored with dates as YYYY-MM-DD and unset fields left out, and reads back as given', () => {
    const input = {
      types: ['BUG' as const],
      unassigned: false,
      dueBefore: new Date('2026-05-06T00:00:00Z'),
      customFields: [{ fieldId: 'F', date: new Date('2026-01-01T00:00:00Z') }],
    };
    const stored = storedFilterOf(input);
    expect(stored).toEqual({
      types: ['BUG'],
      unassigned: false,
      dueBefore: '2026-05-06',
      customFields: [{ fieldId: 'F', date: '2026-01-01' }],
    });
    expect(filterFromStored(JSON.parse(JSON.stringify(stored)))).toMatchObject({
      types: ['BUG'],
      unassigned: false,
      dueBefore: new Date('2026-05-06T00:00:00Z'),
      stateIds: null,
      customFields: [{ fieldId: 'F', date: new Date('2026-01-01T00:00:00Z'), text: null }],
    });
  });

  test("a custom field condition's comparators are stored as JSON and read back as the input they were", () => {
    const input = {
      customFields: [
        { fieldId: 'D', dateValue: { gte: new Date('2026-02-01T00:00:00Z'), neq: null } },
        { fieldId: 'N', numberValue: { lt: 5, in: [1, 2] }, null: false },
        { fieldId: 'U', userValue: { isMe: true } },
        { fieldId: 'O', optionValue: { nin: ['a'] } },
      ],
    };
    const stored = storedFilterOf(input);
    expect(stored.customFields).toEqual([
      { fieldId: 'D', dateValue: { gte: '2026-02-01' } },
      { fieldId: 'N', numberValue: { lt: 5, in: [1, 2] }, null: false },
      { fieldId: 'U', userValue: { isMe: true } },
      { fieldId: 'O', optionValue: { nin: ['a'] } },
    ]);
    expect(filterFromStored(JSON.parse(JSON.stringify(stored))).customFields).toMatchObject([
      { fieldId: 'D', dateValue: { gte: new Date('2026-02-01T00:00:00Z') }, numberValue: null, null: null },
      { fieldId: 'N', numberValue: { lt: 5, in: [1, 2] }, null: false },
      { fieldId: 'U', userValue: { isMe: true } },
      { fieldId: 'O', optionValue: { nin: ['a'] } },
    ]);
  });

  test('an omitted order is stored as newest first and an omitted direction as ascending', () => {
    expect(storedOrderOf(null)).toEqual({ field: 'CREATED_AT', direction: 'DESC' });
    expect(storedOrderOf({ field: 'RANK' })).toEqual({ field: 'RANK', direction: 'ASC' });
    expect(orderFromStored({ field: 'PRIORITY', direction: 'DESC' })).toEqual({ field: 'PRIORITY', direction: 'DESC' });
    expect(orderFromStored({})).toEqual({ field: 'CREATED_AT', direction: 'DESC' });
  });

  test('view names are trimmed and 1 to 100 characters', () => {
    expect(viewNameOf('  Mine ', 'input.name')).toBe('Mine');
    expect(() => viewNameOf('   ', 'input.name')).toThrow('1 to 100');
    expect(() => viewNameOf('x'.repeat(101), 'input.name')).toThrow('1 to 100');
  });
});
