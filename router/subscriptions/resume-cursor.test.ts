import { decodeCursor, encodeCursor, oldestPositionMs } from './resume-cursor';

describe('resume cursors', () => {
  it('name the position in each stream of the subscription, in its order', () => {
    const cursor = encodeCursor({ files: '1700000000500-2', 'work-items': '1700000000000-0' }, ['work-items', 'files']);
    expect(decodeCursor(cursor, ['work-items', 'files'])).toEqual({
      'work-items': '1700000000000-0',
      files: '1700000000500-2',
    });
  });

  it('start a stream the subscriber has received nothing of at its beginning', () => {
    expect(decodeCursor(encodeCursor({}, ['sprints']), ['sprints'])).toEqual({ sprints: '0-0' });
  });

  it('are refused for another subscription or when not made by the router', () => {
    const sprints = encodeCursor({ sprints: '1700000000000-0' }, ['sprints']);
    expect(decodeCursor(sprints, ['work-items', 'files'])).toBeNull();
    expect(decodeCursor('not a cursor', ['sprints'])).toBeNull();
    expect(decodeCursor(Buffer.from('12-x').toString('base64url'), ['sprints'])).toBeNull();
  });

  it('tell the time of their oldest position', () => {
    expect(oldestPositionMs({ 'work-items': '1700000000900-0', files: '1700000000100-4' })).toBe(1700000000100);
  });

  it('leave out a stream that had no event yet when telling their age', () => {
    expect(oldestPositionMs({ 'work-items': '1700000000900-0', files: '0-0' })).toBe(1700000000900);
  });
});
