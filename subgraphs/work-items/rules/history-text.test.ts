import { fromGlobalId } from '../../../lib/ids';
import { dateText, gid, labelsText, numberText } from './history-text';

describe('history text', () => {
  test('writes ids as global IDs, dates as YYYY-MM-DD and numbers as text, null staying null', () => {
    const user = '00000000-0000-4000-8000-000000000001';
    expect(fromGlobalId(gid('User', user)!, 'User', 'value')).toBe(user);
    expect(gid('User', null)).toBeNull();
    expect(dateText(new Date('2026-01-31T00:00:00Z'))).toBe('2026-01-31');
    expect(dateText(null)).toBeNull();
    expect(numberText(2.5)).toBe('2.5');
    expect(numberText(null)).toBeNull();
  });

  test('lists labels by name as comma-separated global IDs, and none as null', () => {
    const bug = { id: '00000000-0000-4000-8000-0000000000b1', name: 'bug' };
    const api = { id: '00000000-0000-4000-8000-0000000000a1', name: 'api' };
    const ids = labelsText([bug, api])!
      .split(', ')
      .map((id) => fromGlobalId(id, 'Label', 'value'));
    expect(ids).toEqual([api.id, bug.id]);
    expect(labelsText([])).toBeNull();
  });
});
