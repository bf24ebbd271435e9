import { toGlobalId } from '../../lib/ids';
import { fieldOf } from '../../tests/testkit/field-of';
import {
  notNull,
  parseIdList,
  parseWorkItemKey,
  validateClientMutationId,
  validateDescription,
  validateEstimate,
  validateTitle,
} from './validation';

describe('work item validation', () => {
  it('trims titles and accepts 1 to 255 characters', () => {
    expect(validateTitle('  Ship it  ')).toBe('Ship it');
    expect(validateTitle('x'.repeat(255))).toHaveLength(255);
    expect(fieldOf(() => validateTitle('   '))).toBe('input.title');
    expect(fieldOf(() => validateTitle('x'.repeat(256)))).toBe('input.title');
  });

  it('limits descriptions to 100,000 characters', () => {
    expect(validateDescription('x'.repeat(100_000))).toHaveLength(100_000);
    expect(fieldOf(() => validateDescription('x'.repeat(100_001)))).toBe('input.description');
  });

  it('accepts finite estimates from 0 to 1000', () => {
    expect(validateEstimate(0)).toBe(0);
    expect(validateEstimate(1000)).toBe(1000);
    for (const bad of [-0.5, 1000.01, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(fieldOf(() => validateEstimate(bad))).toBe('input.estimate');
    }
  });

  it('limits clientMutationId to 1-100 characters', () => {
    expect(validateClientMutationId('abc')).toBe('abc');
    expect(fieldOf(() => validateClientMutationId(''))).toBe('input.clientMutationId');
    expect(fieldOf(() => validateClientMutationId('x'.repeat(101)))).toBe('input.clientMutationId');
  });

  it('splits well-formed keys and rejects others', () => {
    expect(parseWorkItemKey('WEB-42')).toEqual({ projectKey: 'WEB', number: 42 });
    expect(parseWorkItemKey('A1B2C3D4E5-7')).toEqual({ projectKey: 'A1B2C3D4E5', number: 7 });
    for (const bad of ['web-1', 'W-1', 'WEB-0', 'WEB-01', 'WEB1', 'WEB-', '1WEB-2', 'WEB-99999999999']) {
      expect(fieldOf(() => parseWorkItemKey(bad))).toBe('key');
    }
  });

  it('parses ID lists, deduplicating them and naming a bad one by index', () => {
    const a = '11111111-1111-4111-8111-111111111111';
    const b = '22222222-2222-4222-8222-222222222222';
    expect(
      parseIdList(
        [toGlobalId('Label', a), toGlobalId('Label', b), toGlobalId('Label', a)],
        'Label',
        'input.labelIds',
        2,
      ),
    ).toEqual([a, b]);
    expect(
      fieldOf(() => parseIdList([toGlobalId('Label', a), toGlobalId('User', b)], 'Label', 'input.labelIds', 5)),
    ).toBe('input.labelIds.1');
    expect(
      fieldOf(() => parseIdList([toGlobalId('Label', a), toGlobalId('Label', b)], 'Label', 'input.labelIds', 1)),
    ).toBe('input.labelIds');
  });

  it('refuses explicit null for fields that cannot be cleared', () => {
    expect(notNull(undefined, 'input.title')).toBeUndefined();
    expect(notNull('x', 'input.title')).toBe('x');
    expect(fieldOf(() => notNull(null, 'input.title'))).toBe('input.title');
  });
});
