import { AppError } from '../../../lib/errors';
import { parseApiTokenInput } from './api-token-input';

const now = new Date('2026-03-01T12:00:00.000Z');
const day = 24 * 60 * 60 * 1000;

function refusal(input: Parameters<typeof parseApiTokenInput>[0]) {
  try {
    parseApiTokenInput(input, now);
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, field: error.details.field };
    throw error;
  }
  throw new Error('accepted');
}

describe('the input of createApiToken', () => {
  it('trims the name, keeps each scope once in catalogue order and expires in 90 days by default', () => {
    const parsed = parseApiTokenInput(
      { name: '  CI  ', scopes: ['work_items:write', 'users:read', 'users:read'] },
      now,
    );
    expect(parsed).toEqual({
      name: 'CI',
      scopes: ['users:read', 'work_items:write'],
      expiresAt: new Date(now.getTime() + 90 * day),
    });
  });

  it('accepts an expiry of exactly a year', () => {
    const expiresAt = new Date(now.getTime() + 365 * day);
    expect(parseApiTokenInput({ name: 'a', scopes: ['files:read'], expiresAt }, now).expiresAt).toEqual(expiresAt);
  });

  it('refuses each bad value with BAD_USER_INPUT on its field', () => {
    const scopes = ['users:read'];
    expect(refusal({ name: '   ', scopes })).toEqual({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(refusal({ name: 'x'.repeat(101), scopes })).toEqual({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(refusal({ name: 'a', scopes: [] })).toEqual({ code: 'BAD_USER_INPUT', field: 'input.scopes' });
    expect(refusal({ name: 'a', scopes: ['users:read', 'users:admin'] })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.scopes[1]',
    });
    expect(refusal({ name: 'a', scopes, expiresAt: now })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.expiresAt',
    });
    expect(refusal({ name: 'a', scopes, expiresAt: new Date(now.getTime() + 366 * day) })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.expiresAt',
    });
  });
});
