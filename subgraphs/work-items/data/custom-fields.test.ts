import { toGlobalId } from '../../../lib/ids';
import { labelsHistoryText } from './labels';
import { validateFieldName, validateOptions } from './custom-fields';
import { validateColor, validateLabelName } from './labels';
import { validateCommentBody } from './comments';

const badInputAt = (field: string) => expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field } });

describe('validateOptions', () => {
  test('trims the options of SELECT and MULTI_SELECT fields', () => {
    expect(validateOptions('SELECT', [' Low ', 'High'])).toEqual(['Low', 'High']);
    expect(validateOptions('MULTI_SELECT', ['a'])).toEqual(['a']);
  });

  test('requires 1 to 100 distinct options of 1 to 100 characters', () => {
    expect(() => validateOptions('SELECT', [])).toThrow(badInputAt('input.options'));
    expect(() => validateOptions('SELECT', null)).toThrow(badInputAt('input.options'));
    expect(() =>
      validateOptions(
        'SELECT',
        Array.from({ length: 101 }, (_, i) => `o${i}`),
      ),
    ).toThrow(badInputAt('input.options'));
    expect(() => validateOptions('SELECT', ['a', ' a '])).toThrow(badInputAt('input.options.1'));
    expect(() => validateOptions('SELECT', ['a', ' '])).toThrow(badInputAt('input.options.1'));
    expect(() => validateOptions('SELECT', ['x'.repeat(101)])).toThrow(badInputAt('input.options.0'));
  });

  test('forbids options on other types', () => {
    expect(validateOptions('TEXT', undefined)).toEqual([]);
    expect(() => validateOptions('NUMBER', ['1'])).toThrow(badInputAt('input.options'));
    expect(() => validateOptions('USER', [])).toThrow(badInputAt('input.options'));
  });
});

describe('names, colours and bodies', () => {
  test('names are trimmed and 1-50 characters', () => {
    expect(validateFieldName('  Team ')).toBe('Team');
    expect(validateLabelName(' bug ')).toBe('bug');
    expect(() => validateFieldName('   ')).toThrow(badInputAt('input.name'));
    expect(() => validateLabelName('x'.repeat(51))).toThrow(badInputAt('input.name'));
  });

  test('colours are #rrggbb, normalised to lowercase', () => {
    expect(validateColor('#A1B2C3')).toBe('#a1b2c3');
    for (const bad of ['red', '#abc', '#12345g', 'a1b2c3', '#a1b2c3ff']) {
      expect(() => validateColor(bad)).toThrow(badInputAt('input.color'));
    }
  });

  test('comment bodies are 1 to 20,000 characters and not only whitespace', () => {
    expect(validateCommentBody('  indented code')).toBe('  indented code');
    expect(() => validateCommentBody(' \n ')).toThrow(badInputAt('input.body'));
    expect(() => validateCommentBody('x'.repeat(20_001))).toThrow(badInputAt('input.body'));
  });
});

describe('labelsHistoryText', () => {
  test('lists label IDs in name order, comma-separated, and null for none', () => {
    const a = { id: '11111111-1111-4111-8111-111111111111', name: 'zeta' };
    const b = { id: '22222222-2222-4222-8222-222222222222', name: 'Alpha' };
    expect(labelsHistoryText([a, b])).toBe(`${toGlobalId('Label', b.id)}, ${toGlobalId('Label', a.id)}`);
    expect(labelsHistoryText([])).toBeNull();
  });
});
