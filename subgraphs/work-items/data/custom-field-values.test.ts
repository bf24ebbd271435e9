import { AppError } from '../../../lib/errors';
import { toGlobalId } from '../../../lib/ids';
import type { CustomField } from '../generated/prisma/client';
import { currentValue, customFieldValuesOf, displayValue, writeCustomFieldValues } from './custom-field-values';

let position = 0;
const field = (type: string, extra: Partial<CustomField> = {}): CustomField => {
  position += 1;
  const id = `00000000-0000-4000-8000-${String(position).padStart(12, '0')}`;
  return {
    id,
    projectId: 'p',
    name: `${type} field`,
    type,
    description: '',
    required: false,
    options: [],
    position,
    createdAt: new Date(0),
    ...extra,
  };
};
const user = '33333333-3333-4333-8333-333333333333';

describe('custom field values', () => {
  const text = field('TEXT');
  const size = field('SELECT', { options: ['S', 'M', 'L'] });
  const platforms = field('MULTI_SELECT', { options: ['web', 'ios', 'android'] });
  const reviewer = field('USER');
  const due = field('DATE', { required: true });
  const fields = [text, size, platforms, reviewer, due];
  const gid = (f: CustomField) => toGlobalId('CustomField', f.id);
  const write = (inputs: unknown[], current: unknown = {}, creating = false) =>
    writeCustomFieldValues({
      inputs: inputs as never,
      fields,
      current,
      creating,
      isMember: async (id) => id === user,
    });
  const failure = async (promise: Promise<unknown>) => {
    try {
      await promise;
    } catch (error) {
      return (error as AppError).details.field;
    }
    return undefined;
  };

  it('skips stored values that no longer fit their field, and orders multi-select options as the field does', () => {
    expect(currentValue(size, 'XL')).toBeNull();
    expect(currentValue(platforms, ['android', 'gone', 'web'])).toEqual(['web', 'android']);
    expect(currentValue(platforms, ['gone'])).toBeNull();
    expect(currentValue(text, 12)).toBeNull();
    const values = customFieldValuesOf(fields, { [size.id]: 'XL', [text.id]: 'hi', deleted: 'x' });
    expect(values).toEqual([{ field: text, value: 'hi' }]);
  });

  it('renders history text: lists comma-separated, users as global IDs', () => {
    expect(displayValue(platforms, ['web', 'ios'])).toBe('web, ios');
    expect(displayValue(reviewer, user)).toBe(toGlobalId('User', user));
    expect(displayValue(text, null)).toBeNull();
  });

  it('merges values, records one change per changed field and requires required fields on create', async () => {
    const created = await write(
      [
        { fieldId: gid(due), date: new Date('2027-01-02T00:00:00Z') },
        { fieldId: gid(platforms), options: ['android', 'web', 'web'] },
        { fieldId: gid(reviewer), userId: toGlobalId('User', user) },
      ],
      {},
      true,
    );
    expect(created.values).toEqual({ [due.id]: '2027-01-02', [platforms.id]: ['web', 'android'], [reviewer.id]: user });
    expect(created.changes).toHaveLength(3);
    expect(await failure(write([{ fieldId: gid(text), text: 'x' }], {}, true))).toBe('input.customFields');

    const updated = await write([{ fieldId: gid(text), text: 'x' }, { fieldId: gid(reviewer) }], created.values);
    expect(updated.values).toEqual({ [due.id]: '2027-01-02', [platforms.id]: ['web', 'android'], [text.id]: 'x' });
    expect(updated.changes.map((c) => c.field)).toEqual([`customField:${gid(text)}`, `customField:${gid(reviewer)}`]);
    const same = await write([{ fieldId: gid(text), text: 'x' }], updated.values);
    expect(same.changes).toEqual([]);
  });

  it('names the bad member or field', async () => {
    expect(await failure(write([{ fieldId: gid(due) }], { [due.id]: '2027-01-01' }))).toBe(
      'input.customFields.0.fieldId',
    );
    expect(await failure(write([{ fieldId: 'junk' }]))).toBe('input.customFields.0.fieldId');
    expect(await failure(write([{ fieldId: toGlobalId('CustomField', user) }]))).toBe('input.customFields.0.fieldId');
    expect(await failure(write([{ fieldId: gid(size), text: 'S' }]))).toBe('input.customFields.0.text');
    expect(await failure(write([{ fieldId: gid(size), option: 'XL' }]))).toBe('input.customFields.0.option');
    expect(await failure(write([{ fieldId: gid(text), text: 'x'.repeat(1001) }]))).toBe('input.customFields.0.text');
    expect(await failure(write([{ fieldId: gid(reviewer), userId: toGlobalId('User', size.id) }]))).toBe(
      'input.customFields.0.userId',
    );
  });
});
