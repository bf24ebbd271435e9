import { takesAwayAdmin } from './last-admin';

describe('takesAwayAdmin', () => {
  test('demoting a direct ADMIN takes an ADMIN away', () => {
    expect(takesAwayAdmin('ADMIN', 'MEMBER')).toBe(true);
    expect(takesAwayAdmin('ADMIN', 'VIEWER')).toBe(true);
  });

  test('removing a direct ADMIN takes an ADMIN away', () => {
    expect(takesAwayAdmin('ADMIN', null)).toBe(true);
  });

  test('an ADMIN who stays ADMIN takes nothing away', () => {
    expect(takesAwayAdmin('ADMIN', 'ADMIN')).toBe(false);
  });

  test('changing or removing anyone else never takes an ADMIN away', () => {
    expect(takesAwayAdmin('MEMBER', 'ADMIN')).toBe(false);
    expect(takesAwayAdmin('MEMBER', null)).toBe(false);
  });
});
