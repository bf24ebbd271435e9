import { encodeCursor, parsePage } from '../../../lib/relay';
import { decodeItemCursor, itemOrderOf } from './work-item-lists';

const id = '00000000-0000-4000-8000-000000000001';
const pageAfter = (values: string[]) => parsePage({ after: encodeCursor(values) });

describe('item cursors', () => {
  test('accept the sort value of their order with an id', () => {
    expect(decodeItemCursor(pageAfter(['2026-01-01T10:00:00.000Z', id]), itemOrderOf(null))).toEqual({
      value: '2026-01-01T10:00:00.000Z',
      id,
    });
    expect(decodeItemCursor(pageAfter(['3', id]), { field: 'PRIORITY', direction: 'ASC' })?.value).toBe('3');
    expect(decodeItemCursor(pageAfter(['infinity', id]), { field: 'DUE_DATE', direction: 'ASC' })?.value).toBe(
      'infinity',
    );
    expect(decodeItemCursor(parsePage({}), itemOrderOf(null))).toBeNull();
  });

  test('refuse values of another order or a missing id with BAD_USER_INPUT on after', () => {
    const rejected = [
      [['3', id], itemOrderOf(null)],
      [['2026-01-01T10:00:00.000Z', id], { field: 'PRIORITY', direction: 'ASC' }],
      [['2026-13-45', id], { field: 'DUE_DATE', direction: 'DESC' }],
      [['m', 'not-a-uuid'], { field: 'RANK', direction: 'ASC' }],
      [['m'], { field: 'RANK', direction: 'ASC' }],
    ] as const;
    for (const [values, order] of rejected) {
      expect(() => decodeItemCursor(pageAfter([...values]), order)).toThrow('after is not a valid cursor');
    }
  });
});
