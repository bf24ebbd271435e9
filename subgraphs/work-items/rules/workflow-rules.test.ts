import { fieldOf } from '../../../tests/testkit/field-of';
import {
  hierarchyRulesOf,
  normalizeColor,
  normalizeRequiredFields,
  validateHierarchyRules,
  validatePosition,
  validateStateName,
} from './workflow-rules';

describe('validation', () => {
  test('state names are trimmed and 1 to 50 characters', () => {
    expect(validateStateName('  QA  ', 'input.name')).toBe('QA');
    expect(fieldOf(() => validateStateName('   ', 'input.name'))).toBe('input.name');
    expect(fieldOf(() => validateStateName('x'.repeat(51), 'input.name'))).toBe('input.name');
  });

  test('colours are #rrggbb, lowercased', () => {
    expect(normalizeColor('#A1B2C3', 'input.color')).toBe('#a1b2c3');
    expect(fieldOf(() => normalizeColor('red', 'input.color'))).toBe('input.color');
    expect(fieldOf(() => normalizeColor('#abc', 'input.color'))).toBe('input.color');
  });

  test('positions are integers from 0', () => {
    expect(validatePosition(0, 'input.position')).toBe(0);
    expect(fieldOf(() => validatePosition(-1, 'input.position'))).toBe('input.position');
  });

  test('required fields lose repeats and follow the enum order', () => {
    expect(normalizeRequiredFields(['LABELS', 'ASSIGNEE', 'LABELS'])).toEqual(['ASSIGNEE', 'LABELS']);
  });
});

describe('hierarchy rules', () => {
  test('every type is stored, unlisted ones with no children', () => {
    const { rules, maxDepth } = validateHierarchyRules({
      allowedChildren: [{ parentType: 'STORY', childTypes: ['SUBTASK', 'BUG'] }],
      maxDepth: 2,
    });
    expect(rules).toEqual({ EPIC: [], STORY: ['BUG', 'SUBTASK'], TASK: [], BUG: [], SUBTASK: [] });
    expect(maxDepth).toBe(2);
  });

  test('a parent type listed twice, repeated child types and a depth outside 1..10 are refused', () => {
    const twice = { parentType: 'EPIC', childTypes: [] };
    expect(fieldOf(() => validateHierarchyRules({ allowedChildren: [twice, twice], maxDepth: 2 }))).toBe(
      'input.allowedChildren.1.parentType',
    );
    expect(
      fieldOf(() =>
        validateHierarchyRules({
          allowedChildren: [{ parentType: 'EPIC', childTypes: ['TASK', 'TASK'] }],
          maxDepth: 2,
        }),
      ),
    ).toBe('input.allowedChildren.0.childTypes');
    expect(fieldOf(() => validateHierarchyRules({ allowedChildren: [], maxDepth: 0 }))).toBe('input.maxDepth');
    expect(fieldOf(() => validateHierarchyRules({ allowedChildren: [], maxDepth: 11 }))).toBe('input.maxDepth');
  });

  test('stored rules are read back for every type in enum order', () => {
    expect(hierarchyRulesOf({ BUG: ['SUBTASK'], EPIC: ['TASK', 'STORY'] })).toEqual([
      { parentType: 'EPIC', childTypes: ['STORY', 'TASK'] },
      { parentType: 'STORY', childTypes: [] },
      { parentType: 'TASK', childTypes: [] },
      { parentType: 'BUG', childTypes: ['SUBTASK'] },
      { parentType: 'SUBTASK', childTypes: [] },
    ]);
    expect(hierarchyRulesOf(null)).toHaveLength(5);
  });
});
