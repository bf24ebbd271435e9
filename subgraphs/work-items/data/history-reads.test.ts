import { computeTimeInStates, maxTimeInStateEntries, renderHistoryValue } from './history-reads';

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
  test('lists at most 60 states, leaving out the deleted states entered first', () => {
    // The item went through 80 states, one minute each; the workflow still has the last 20 and its current one.
    const states = Array.from({ length: 80 }, (_, i) => ({ id: `s${i}`, name: `State ${i}` }));
    const entries = states.map((state, i) => ({
      oldValue: i === 0 ? null : states[i - 1],
      newValue: state,
      createdAt: t(i * 60),
    }));
    const existing = new Map(states.slice(60).map((state) => [state.id, state.name]));
    const rows = computeTimeInStates(
      { stateId: 's79', createdAt: t(0), stateEnteredAt: t(79 * 60) },
      entries,
      existing,
      t(80 * 60),
    );
    expect(maxTimeInStateEntries).toBe(60);
    expect(rows).toHaveLength(60);
    expect(rows.map((row) => row.stateId)).toEqual(states.slice(20).map((state) => state.id));
    expect(rows.at(-1)).toEqual({ stateId: 's79', stateName: 'State 79', seconds: 60, current: true });
  });
});
