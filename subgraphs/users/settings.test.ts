import { parseConfig } from '../../lib/config';
import { usersSettings } from './settings';

describe('users settings', () => {
  it('hash passwords at cost 15 unless told otherwise', () => {
    expect(parseConfig(usersSettings, {}).PASSWORD_HASH_COST).toBe(15);
  });

  it('accept a cheaper password hash outside production, for tests of many sign-ins', () => {
    expect(parseConfig(usersSettings, { PASSWORD_HASH_COST: '12' }).PASSWORD_HASH_COST).toBe(12);
  });

  it('refuse to start in production with a password hash cheaper than the default, naming the variable', () => {
    const env = { NODE_ENV: 'production', JWT_SECRET: 'a'.repeat(40), PASSWORD_HASH_COST: '14' } as const;
    expect(() => parseConfig(usersSettings, env)).toThrow('PASSWORD_HASH_COST: must be at least 15 in production');
    expect(parseConfig(usersSettings, { ...env, PASSWORD_HASH_COST: '16' }).PASSWORD_HASH_COST).toBe(16);
  });

  it('refuse a cost scrypt could not afford', () => {
    expect(() => parseConfig(usersSettings, { PASSWORD_HASH_COST: '21' })).toThrow('PASSWORD_HASH_COST');
  });
});
