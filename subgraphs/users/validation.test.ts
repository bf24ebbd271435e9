import { AppError } from '../../lib/errors';
import {
  normaliseEmail,
  present,
  validateEmail,
  validateFontScale,
  validateGivenPassword,
  validateLocale,
  validateName,
  validateNewPassword,
  validateSlug,
  validateTimeZone,
} from './validation';

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError && error.code === 'BAD_USER_INPUT') return error.details.field;
    throw error;
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('validation', () => {
  it('normalises emails by trimming and lowercasing', () => {
    expect(normaliseEmail('  Ada@Example.COM ')).toBe('ada@example.com');
    expect(validateEmail(' Ada.Lovelace+work@Example.co.uk', 'input.email')).toBe('ada.lovelace+work@example.co.uk');
  });

  it.each([
    '',
    'ada',
    'ada@',
    '@example.com',
    'ada@example',
    'ada lovelace@example.com',
    'ada@exa mple.com',
    `${'a'.repeat(245)}@example.com`,
  ])('rejects the email %j', (email) => {
    expect(fieldOf(() => validateEmail(email, 'input.email'))).toBe('input.email');
  });

  it('accepts new passwords of 10 to 200 characters, counting emoji as one', () => {
    expect(validateNewPassword('1234567890', 'input.password')).toBe('1234567890');
    expect(validateNewPassword('p'.repeat(200), 'input.password')).toHaveLength(200);
    expect(fieldOf(() => validateNewPassword('123456789', 'input.password'))).toBe('input.password');
    expect(fieldOf(() => validateNewPassword('p'.repeat(201), 'input.password'))).toBe('input.password');
    expect(fieldOf(() => validateNewPassword('🔑'.repeat(9), 'input.password'))).toBe('input.password');
    expect(validateNewPassword('🔑'.repeat(10), 'input.password')).toBe('🔑'.repeat(10));
  });

  it('only bounds the size of a password given to sign in', () => {
    expect(validateGivenPassword('short', 'input.password')).toBe('short');
    expect(fieldOf(() => validateGivenPassword('', 'input.password'))).toBe('input.password');
    expect(fieldOf(() => validateGivenPassword('p'.repeat(1025), 'input.password'))).toBe('input.password');
  });

  it('trims names and requires 1 to 100 characters', () => {
    expect(validateName('  Ada  ', 'input.name')).toBe('Ada');
    expect(validateName('n'.repeat(100), 'input.name')).toHaveLength(100);
    expect(fieldOf(() => validateName(' \t ', 'input.name'))).toBe('input.name');
    expect(fieldOf(() => validateName('n'.repeat(101), 'input.name'))).toBe('input.name');
  });

  it.each([
    ['acme', true],
    ['a1-b', true],
    [`a${'b'.repeat(39)}`, true],
    ['ab', false],
    [`a${'b'.repeat(40)}`, false],
    ['1acme', false],
    ['-acme', false],
    ['Acme', false],
    ['acme_inc', false],
  ])('checks the slug %j (valid: %s)', (slug, valid) => {
    if (valid) expect(validateSlug(slug, 'input.slug')).toBe(slug);
    else expect(fieldOf(() => validateSlug(slug, 'input.slug'))).toBe('input.slug');
  });

  it('accepts font scales from 0.75 to 2 only', () => {
    expect(validateFontScale(0.75, 'input.fontScale')).toBe(0.75);
    expect(validateFontScale(2, 'input.fontScale')).toBe(2);
    for (const value of [0.74, 2.01, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(fieldOf(() => validateFontScale(value, 'input.fontScale'))).toBe('input.fontScale');
    }
  });

  it('canonicalises locales and rejects what is not BCP 47', () => {
    expect(validateLocale('EN-gb', 'input.locale')).toBe('en-GB');
    expect(validateLocale('zh-hant-tw', 'input.locale')).toBe('zh-Hant-TW');
    for (const locale of ['', 'en_US', 'not a locale', 'x'.repeat(101)]) {
      expect(fieldOf(() => validateLocale(locale, 'input.locale'))).toBe('input.locale');
    }
  });

  it('canonicalises IANA time zones and rejects offsets and unknown zones', () => {
    expect(validateTimeZone('europe/berlin', 'input.timeZone')).toBe('Europe/Berlin');
    expect(validateTimeZone('UTC', 'input.timeZone')).toBe('UTC');
    expect(validateTimeZone('Asia/Kolkata', 'input.timeZone')).toBe('Asia/Kolkata');
    expect(validateTimeZone('Asia/Calcutta', 'input.timeZone')).toBe('Asia/Kolkata');
    for (const zone of ['', '+01:00', '-05:00', 'Mars/Olympus_Mons', 'Europe/Berlin; DROP']) {
      expect(fieldOf(() => validateTimeZone(zone, 'input.timeZone'))).toBe('input.timeZone');
    }
  });

  it('tells omitted optional fields from explicit nulls', () => {
    expect(present(undefined, 'input.name')).toBe(false);
    expect(present('x', 'input.name')).toBe(true);
    expect(present(false, 'input.highContrast')).toBe(true);
    expect(fieldOf(() => present(null, 'input.name'))).toBe('input.name');
  });
});
