import {
  computeTimeInStates,
  hierarchyRulesOf,
  normalizeColor,
  normalizeRequiredFields,
  renderHistoryValue,
  validateHierarchyRules,
  validatePosition,
  validateStateName,
} from './workflow';

const fieldOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { details?: { field?: string } }).details?.field;
  }
  return undefined;
};

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

test('history values render as text, states by name', () => {
  expect(renderHistoryValue(null)).toBeNull();
  expect(renderHistoryValue('HIGH')).toBe('HIGH');
  expect(renderHistoryValue({ id: 'x', name: 'Done' })).toBe('Done');
  expect(renderHistoryValue(3)).toBe('3');
  expect(renderHistoryValue(['a', 'b'])).toBe('a, b');
});

describe('computeTimeInStates', () => {
  const t = (seconds: number) => new Date(Date.UTC(2026, 0, 1) + seconds * 1000);
  const todo = { id: 'todo', name: 'To do' };
  const doing = { id: 'doing', name: 'Doing' };

  test('adds up every stay per state, the current one until now, in order of first entry', () => {
    const entries = [
      { oldValue: null, newValue: todo, createdAt: t(0) },
      { oldValue: todo, newValue: doing, createdAt: t(100) },
      { oldValue: doing, newValue: todo, createdAt: t(160) },
      { oldValue: todo, newValue: doing, createdAt: t(200) },
    ];
    const rows = computeTimeInStates(
      { stateId: 'doing', createdAt: t(0), stateEnteredAt: t(200) },
      entries,
      new Map([
        ['todo', 'To do'],
        ['doing', 'In progress'],
      ]),
      t(250),
    );
    expect(rows).toEqual([
      { stateId: 'todo', stateName: 'To do', seconds: 140, current: false },
      { stateId: 'doing', stateName: 'In progress', seconds: 110, current: true },
    ]);
  });

  test('a deleted state keeps its last recorded name', () => {
    const rows = computeTimeInStates(
      { stateId: 'doing', createdAt: t(0), stateEnteredAt: t(10) },
      [
        { oldValue: null, newValue: todo, createdAt: t(0) },
        { oldValue: todo, newValue: doing, createdAt: t(10) },
      ],
      new Map([['doing', 'Doing']]),
      t(20),
    );
    expect(rows[0]).toEqual({ stateId: 'todo', stateName: 'To do', seconds: 10, current: false });
  });

  test('history without a creation entry starts in the first old state at creation; none at all uses the current state', () => {
    const rows = computeTimeInStates(
      { stateId: 'doing', createdAt: t(0), stateEnteredAt: t(30) },
      [{ oldValue: todo, newValue: doing, createdAt: t(30) }],
      new Map(),
      t(40),
    );
    expect(rows.map((r) => [r.stateId, r.seconds])).toEqual([
      ['todo', 30],
      ['doing', 10],
    ]);
    expect(
      computeTimeInStates(
        { stateId: 'todo', createdAt: t(0), stateEnteredAt: t(5) },
        [],
        new Map([['todo', 'To do']]),
        t(65),
      ),
    ).toEqual([{ stateId: 'todo', stateName: 'To do', seconds: 60, current: true }]);
  });
});
