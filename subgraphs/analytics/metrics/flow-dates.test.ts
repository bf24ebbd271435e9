import { classifierFromSettings, defaultClassifier, deriveFlowDates } from './flow-dates';
import type { StateEntry } from './types';

const categories: Record<string, string> = {
  backlog: 'BACKLOG',
  todo: 'TODO',
  doing: 'IN_PROGRESS',
  review: 'IN_PROGRESS',
  deployed: 'DONE',
  verified: 'DONE',
  canceled: 'CANCELED',
};
const timeline = (...steps: [string, string][]): StateEntry[] =>
  steps.map(([at, state]) => ({ at: new Date(at), toStateId: state, toCategory: categories[state]! }));

describe('deriveFlowDates', () => {
  it('starts an item on its first entry into a started state and finishes it on its entry into done', () => {
    const dates = deriveFlowDates(
      timeline(['2026-03-01T09:00Z', 'todo'], ['2026-03-02T10:00Z', 'doing'], ['2026-03-04T15:00Z', 'deployed']),
      defaultClassifier,
    );
    expect(dates).toEqual({
      startedAt: new Date('2026-03-02T10:00Z'),
      finishedAt: new Date('2026-03-04T15:00Z'),
      discardedAt: null,
      reopenedCount: 0,
    });
  });

  it('keeps the first start and takes the last finish of an item reopened and finished again', () => {
    const dates = deriveFlowDates(
      timeline(
        ['2026-03-01T09:00Z', 'todo'],
        ['2026-03-02T09:00Z', 'doing'],
        ['2026-03-03T09:00Z', 'deployed'],
        ['2026-03-04T09:00Z', 'todo'],
        ['2026-03-05T09:00Z', 'review'],
        ['2026-03-06T09:00Z', 'deployed'],
      ),
      defaultClassifier,
    );
    expect(dates.startedAt).toEqual(new Date('2026-03-02T09:00Z'));
    expect(dates.finishedAt).toEqual(new Date('2026-03-06T09:00Z'));
    expect(dates.reopenedCount).toBe(1);
  });

  it('leaves a reopened item unfinished while it is out of done', () => {
    const dates = deriveFlowDates(
      timeline(['2026-03-01T09:00Z', 'doing'], ['2026-03-02T09:00Z', 'verified'], ['2026-03-03T09:00Z', 'review']),
      defaultClassifier,
    );
    expect(dates).toMatchObject({ finishedAt: null, reopenedCount: 1 });
  });

  it('does not refinish an item that moves from one done state to another', () => {
    const dates = deriveFlowDates(
      timeline(['2026-03-01T09:00Z', 'doing'], ['2026-03-02T09:00Z', 'deployed'], ['2026-03-05T09:00Z', 'verified']),
      defaultClassifier,
    );
    expect(dates).toMatchObject({ finishedAt: new Date('2026-03-02T09:00Z'), reopenedCount: 0 });
  });

  it('starts an item that goes straight to done on that entry, so its cycle time is one day', () => {
    const dates = deriveFlowDates(
      timeline(['2026-03-01T09:00Z', 'todo'], ['2026-03-03T09:00Z', 'deployed']),
      defaultClassifier,
    );
    expect(dates.startedAt).toEqual(new Date('2026-03-03T09:00Z'));
    expect(dates.finishedAt).toEqual(new Date('2026-03-03T09:00Z'));
  });

  it('discards an item while it stays canceled, and counts leaving done for canceled as a reopening', () => {
    const discarded = deriveFlowDates(
      timeline(['2026-03-01T09:00Z', 'todo'], ['2026-03-02T09:00Z', 'canceled']),
      defaultClassifier,
    );
    expect(discarded).toEqual({
      startedAt: null,
      finishedAt: null,
      discardedAt: new Date('2026-03-02T09:00Z'),
      reopenedCount: 0,
    });
    const fromDone = deriveFlowDates(
      timeline(['2026-03-01T09:00Z', 'deployed'], ['2026-03-02T09:00Z', 'canceled']),
      defaultClassifier,
    );
    expect(fromDone).toMatchObject({ finishedAt: null, discardedAt: new Date('2026-03-02T09:00Z'), reopenedCount: 1 });
    const revived = deriveFlowDates(
      timeline(['2026-03-01T09:00Z', 'canceled'], ['2026-03-02T09:00Z', 'todo']),
      defaultClassifier,
    );
    expect(revived.discardedAt).toBeNull();
  });

  it('has no dates for an item without state entries', () => {
    expect(deriveFlowDates([], defaultClassifier)).toEqual({
      startedAt: null,
      finishedAt: null,
      discardedAt: null,
      reopenedCount: 0,
    });
  });
});

describe('classifiers', () => {
  it('by default lets the categories decide', () => {
    expect(
      ['backlog', 'todo', 'doing', 'deployed', 'canceled'].map((s) => defaultClassifier(s, categories[s]!)),
    ).toEqual(['before', 'before', 'started', 'done', 'discarded']);
  });

  it('with empty lists in the settings behaves as the default', () => {
    const classify = classifierFromSettings({ startedStateIds: [], doneStateIds: [] });
    for (const [state, category] of Object.entries(categories)) {
      expect(classify(state, category)).toBe(defaultClassifier(state, category));
    }
  });

  it('with a done list finishes only in its states: an unlisted done state keeps the item in progress', () => {
    const classify = classifierFromSettings({ startedStateIds: [], doneStateIds: ['verified'] });
    expect(classify('verified', 'DONE')).toBe('done');
    expect(classify('deployed', 'DONE')).toBe('started');
    expect(classify('doing', 'IN_PROGRESS')).toBe('started');
    expect(classify('canceled', 'CANCELED')).toBe('discarded');
  });

  it('with a started list starts only in its states: an unlisted in-progress state comes before the start', () => {
    const classify = classifierFromSettings({ startedStateIds: ['review'], doneStateIds: [] });
    expect(classify('review', 'IN_PROGRESS')).toBe('started');
    expect(classify('doing', 'IN_PROGRESS')).toBe('before');
    expect(classify('deployed', 'DONE')).toBe('done');
    expect(classify('todo', 'TODO')).toBe('before');
  });

  it('lets a state listed as both started and done count as done', () => {
    const classify = classifierFromSettings({ startedStateIds: ['review'], doneStateIds: ['review'] });
    expect(classify('review', 'IN_PROGRESS')).toBe('done');
  });

  it('moves the start and the finish of an item with the settings', () => {
    const classify = classifierFromSettings({ startedStateIds: ['review'], doneStateIds: ['verified'] });
    const dates = deriveFlowDates(
      timeline(
        ['2026-03-01T09:00Z', 'todo'],
        ['2026-03-02T09:00Z', 'doing'],
        ['2026-03-03T09:00Z', 'review'],
        ['2026-03-04T09:00Z', 'deployed'],
        ['2026-03-06T09:00Z', 'verified'],
      ),
      classify,
    );
    expect(dates).toMatchObject({
      startedAt: new Date('2026-03-03T09:00Z'),
      finishedAt: new Date('2026-03-06T09:00Z'),
      reopenedCount: 0,
    });
  });
});
