import { fieldOf } from '../../../tests/testkit/field-of';
import { preferenceChangesOf } from './preference-changes';

describe('notification preference changes', () => {
  it('leaves out what is not given, and null channel values change nothing', () => {
    expect(preferenceChangesOf({})).toEqual({ channels: [] });
    expect(
      preferenceChangesOf({ channels: [{ type: 'ASSIGNED', inApp: null, email: false }], quietHours: undefined }),
    ).toEqual({ channels: [{ type: 'ASSIGNED', inApp: undefined, email: false }] });
  });

  it('refuses a type listed twice', () => {
    const input = { channels: [{ type: 'MENTIONED' as const }, { type: 'MENTIONED' as const, email: true }] };
    expect(fieldOf(() => preferenceChangesOf(input))).toBe('input.channels');
  });

  it('takes quiet hours as minutes, spanning midnight too, and null removes them', () => {
    expect(preferenceChangesOf({ quietHours: { start: '22:00', end: '07:00' } }).quietHours).toEqual({
      start: 1320,
      end: 420,
    });
    expect(preferenceChangesOf({ quietHours: null })).toEqual({ channels: [], quietHours: null });
  });

  it('refuses quiet hours that end when they start, or a malformed time, naming the field', () => {
    expect(fieldOf(() => preferenceChangesOf({ quietHours: { start: '08:00', end: '08:00' } }))).toBe(
      'input.quietHours.end',
    );
    expect(fieldOf(() => preferenceChangesOf({ quietHours: { start: '8am', end: '09:00' } }))).toBe(
      'input.quietHours.start',
    );
  });

  it('takes a digest when one is given', () => {
    expect(preferenceChangesOf({ digest: 'DAILY' }).digest).toBe('DAILY');
    expect(preferenceChangesOf({ digest: null })).not.toHaveProperty('digest');
  });
});
