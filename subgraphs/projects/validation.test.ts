import { AppError } from '../../lib/errors';
import { validateDescription, validateName, validateProjectKey } from './validation';

const fieldOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, field: error.details.field };
    throw error;
  }
  return null;
};

describe('validation', () => {
  test.each(['AB', 'WEB', 'A1', 'A123456789', 'Z9Z9'])('project key %s is valid', (key) => {
    expect(validateProjectKey(key)).toBe(key);
  });

  test.each(['A', 'web', '1AB', 'A123456789X', 'A-B', 'AB ', '', 'ÄB'])(
    'project key %j is BAD_USER_INPUT on input.key',
    (key) => {
      expect(fieldOf(() => validateProjectKey(key))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.key' });
    },
  );

  test('names are trimmed and must have 1-100 characters', () => {
    expect(validateName('  Web  ')).toBe('Web');
    expect(validateName('x'.repeat(100))).toHaveLength(100);
    expect(fieldOf(() => validateName('   '))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(fieldOf(() => validateName('x'.repeat(101)))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.name' });
  });

  test('descriptions have a maximum length', () => {
    expect(validateDescription('x'.repeat(10), 10)).toHaveLength(10);
    expect(fieldOf(() => validateDescription('x'.repeat(11), 10))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.description',
    });
  });
});
