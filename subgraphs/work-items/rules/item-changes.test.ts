import type { WorkItem } from '../generated/prisma/client';
import { mergedLabelIds, sameIds, scalarChanges } from './item-changes';

const item = {
  id: '00000000-0000-4000-8000-000000000001',
  type: 'TASK',
  title: 'Ship it',
  description: '',
  priority: 0,
  estimate: null,
  assigneeId: null,
  dueDate: null,
} as unknown as WorkItem;

describe('scalarChanges', () => {
  test('gives nothing when no value differs from the item', () => {
    expect(scalarChanges(item, { type: 'TASK', title: 'Ship it', description: '', priority: 'NONE' })).toEqual({
      data: {},
      changes: [],
    });
  });

  test('writes changed values and records them as history text, in history order', () => {
    const dueDate = new Date('2026-03-01T00:00:00Z');
    const { data, changes } = scalarChanges(item, { dueDate, estimate: 3, priority: 'HIGH', title: 'Ship it now' });
    expect(data).toEqual({ title: 'Ship it now', priority: 3, estimate: 3, dueDate });
    expect(changes).toEqual([
      { field: 'title', oldValue: 'Ship it', newValue: 'Ship it now' },
      { field: 'priority', oldValue: 'NONE', newValue: 'HIGH' },
      { field: 'estimate', oldValue: null, newValue: '3' },
      { field: 'dueDate', oldValue: null, newValue: '2026-03-01' },
    ]);
  });

  test('records an assignee as a global user ID and an empty description as null', () => {
    const described = { ...item, description: 'Details' } as WorkItem;
    const { changes } = scalarChanges(described, {
      assigneeId: '00000000-0000-4000-8000-00000000000a',
      description: '',
    });
    expect(changes[0]).toEqual({ field: 'description', oldValue: 'Details', newValue: null });
    expect(changes[1]).toMatchObject({ field: 'assignee', oldValue: null });
    expect(changes[1]!.newValue).toEqual(expect.any(String));
    expect(changes[1]!.newValue).not.toContain('00000000-0000-4000-8000-00000000000a');
  });

  test('compares due dates by calendar day, not by instant', () => {
    const dated = { ...item, dueDate: new Date('2026-03-01T00:00:00Z') } as WorkItem;
    expect(scalarChanges(dated, { dueDate: new Date('2026-03-01T00:00:00Z') }).changes).toEqual([]);
  });
});

describe('label sets', () => {
  test('sameIds ignores order but not membership', () => {
    expect(sameIds(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(sameIds(['a'], ['a', 'b'])).toBe(false);
    expect(sameIds(['a', 'c'], ['a', 'b'])).toBe(false);
  });

  test('mergedLabelIds keeps the remaining labels in order, then the added ones, without repeats', () => {
    expect(mergedLabelIds(['a', 'b', 'c'], ['d', 'a'], ['b'])).toEqual(['a', 'c', 'd']);
    expect(mergedLabelIds([], ['x', 'x'], [])).toEqual(['x']);
  });
});
