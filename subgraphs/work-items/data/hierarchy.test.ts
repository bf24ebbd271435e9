import { fieldOf } from '../../../tests/testkit/field-of';
import { allowedChildTypes, checkDepth, checkNesting } from './hierarchy';

const settings = { hierarchyRules: { EPIC: ['STORY', 'TASK'], STORY: ['SUBTASK'] }, maxDepth: 2 };

describe('hierarchy rules', () => {
  it('reads allowed child types from the rules, none for types not listed or malformed rules', () => {
    expect(allowedChildTypes(settings, 'EPIC')).toEqual(['STORY', 'TASK']);
    expect(allowedChildTypes(settings, 'BUG')).toEqual([]);
    expect(allowedChildTypes({ hierarchyRules: null }, 'EPIC')).toEqual([]);
  });

  it('allows only listed nesting and depths up to maxDepth', () => {
    expect(fieldOf(() => checkNesting(settings, 'EPIC', 'STORY', 'input.parentId'))).toBeUndefined();
    expect(fieldOf(() => checkNesting(settings, 'EPIC', 'SUBTASK', 'input.parentId'))).toBe('input.parentId');
    expect(fieldOf(() => checkDepth(settings, 2, 'input.parentId'))).toBeUndefined();
    expect(fieldOf(() => checkDepth(settings, 3, 'input.parentId'))).toBe('input.parentId');
  });
});
