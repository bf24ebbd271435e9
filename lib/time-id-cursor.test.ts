import { AppError } from './errors';
import { encodeCursor, parsePage } from './relay';
import { decodeTimeIdCursor, sqlTimeIdCursor, timeIdCursorOf } from './time-id-cursor';

const uuid = '4f1c2d3e-0a1b-4c2d-8e3f-405162738495';

describe('time-and-id cursors', () => {
  test('a cursor round-trips to the sort key it was made from', () => {
    const time = new Date('2026-11-23T09:30:00.123Z');
    const page = parsePage({ first: 5, after: encodeCursor(timeIdCursorOf(time, uuid)) });
    expect(decodeTimeIdCursor(page)).toEqual({ time, id: uuid });
    expect(sqlTimeIdCursor(page)).toEqual({ time: time.toISOString(), id: uuid, direction: 'ASC' });
  });

  test('the first page starts before every row, and a backward first page after every row', () => {
    expect(decodeTimeIdCursor(parsePage({}))).toBeNull();
    expect(sqlTimeIdCursor(parsePage({}))).toEqual({
      time: '-infinity',
      id: '00000000-0000-0000-0000-000000000000',
      direction: 'ASC',
    });
    expect(sqlTimeIdCursor(parsePage({ last: 5 }))).toEqual({
      time: 'infinity',
      id: 'ffffffff-ffff-ffff-ffff-ffffffffffff',
      direction: 'DESC',
    });
    expect(sqlTimeIdCursor(parsePage({ last: 5 }), '', 'DESC').direction).toBe('ASC');
  });

  test('a bad before cursor is BAD_USER_INPUT on before', () => {
    expect(() => decodeTimeIdCursor(parsePage({ before: encodeCursor(['x', 'y']) }), 'members')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'members.before' } }),
    );
  });

  test.each([
    [['not a date', uuid]],
    [['2026-02-30T09:30:00.000Z', uuid]],
    [['0000-01-01T00:00:00.000Z', uuid]],
    [['2026-11-23T09:30:00.000Z', 'not-a-uuid']],
    [['2026-11-23T09:30:00.000Z']],
    [[]],
  ])('a cursor of the wrong shape %j is BAD_USER_INPUT on after', (values) => {
    const page = parsePage({ after: encodeCursor(values) });
    expect(() => decodeTimeIdCursor(page, 'members')).toThrow(AppError);
    try {
      decodeTimeIdCursor(page, 'members');
    } catch (error) {
      expect((error as AppError).details.field).toBe('members.after');
    }
  });
});
