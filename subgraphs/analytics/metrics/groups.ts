import {
  histogramDistribution,
  itemTimeDistribution,
  type DurationBucket,
  type ItemTimeDistribution,
  type TimeDistribution,
} from './distribution';
import { cycleTimeDays, leadTimeDays } from './lead-cycle-times';
import { finishedIn, inProgressAt } from './open-items';
import { compareIds } from './order';
import type { FlowItem, Window } from './types';

export type FlowGrouping = 'ASSIGNEE' | 'TYPE' | 'LABEL' | 'TEAM';

/** The key of the group of items without an assignee, a label or a team. */
export const noGroup = 'none';

export interface FlowGroup {
  /** An assignee, label or team id, a type, or `none`. */
  key: string;
  throughput: number;
  wip: number;
  cycleTime: ItemTimeDistribution;
  leadTime: ItemTimeDistribution;
}

export interface GroupOptions {
  /** For TEAM: the teams attached to each project; a project absent or without teams is `none`. */
  teamIdsByProject?: ReadonlyMap<string, readonly string[]>;
}

function keysOf(item: FlowItem, by: FlowGrouping, options: GroupOptions): readonly string[] {
  const some = (keys: readonly string[] | undefined) => (keys && keys.length ? keys : [noGroup]);
  switch (by) {
    case 'ASSIGNEE':
      return [item.assigneeId ?? noGroup];
    case 'TYPE':
      return [item.type];
    case 'LABEL':
      return some([...new Set(item.labelIds)]);
    case 'TEAM':
      return some([...new Set(options.teamIdsByProject?.get(item.projectId))]);
  }
}

/** A group's items finished in the window by lead and cycle time, or in progress at its end (`days` 0). */
export interface GroupCount {
  key: string;
  measure: 'LEAD' | 'CYCLE' | 'WIP';
  days: number;
  count: number;
}

const byKeyNoneLast = (a: string, b: string) => (a === noGroup ? 1 : b === noGroup ? -1 : compareIds(a, b));

export type CountedGroup = Omit<FlowGroup, 'cycleTime' | 'leadTime'> & {
  cycleTime: TimeDistribution;
  leadTime: TimeDistribution;
};

/** `groupFlowMetrics` from what whole projects count in the database, without the items. */
export function groupsFromCounts(counts: readonly GroupCount[]): CountedGroup[] {
  const groups = new Map<string, { wip: number; LEAD: DurationBucket[]; CYCLE: DurationBucket[] }>();
  for (const { key, measure, days, count } of counts) {
    const group = groups.get(key) ?? { wip: 0, LEAD: [], CYCLE: [] };
    if (measure === 'WIP') group.wip += count;
    else group[measure].push({ days, count });
    groups.set(key, group);
  }
  return [...groups]
    .sort(([a], [b]) => byKeyNoneLast(a, b))
    .map(([key, group]) => {
      const leadTime = histogramDistribution(group.LEAD);
      return {
        key,
        throughput: leadTime.count,
        wip: group.wip,
        cycleTime: histogramDistribution(group.CYCLE),
        leadTime,
      };
    });
}

/**
 * The measures of each group: items finished in the window and in progress at its end. Groups with
 * neither are left out; the rest come by key, `none` last.
 */
export function groupFlowMetrics(
  items: readonly FlowItem[],
  window: Window,
  by: FlowGrouping,
  options: GroupOptions = {},
): FlowGroup[] {
  const finished = new Set(finishedIn(items, window).map((item) => item.id));
  const members = new Map<string, FlowItem[]>();
  for (const item of items) {
    if (!finished.has(item.id) && !inProgressAt(item, window.to)) continue;
    for (const key of keysOf(item, by, options)) {
      const group = members.get(key);
      if (group) group.push(item);
      else members.set(key, [item]);
    }
  }
  return [...members]
    .sort(([a], [b]) => byKeyNoneLast(a, b))
    .map(([key, groupItems]) => {
      const done = finishedIn(groupItems, window);
      return {
        key,
        throughput: done.length,
        wip: groupItems.length - done.length,
        cycleTime: itemTimeDistribution(done.map((item) => ({ id: item.id, days: cycleTimeDays(item) }))),
        leadTime: itemTimeDistribution(done.map((item) => ({ id: item.id, days: leadTimeDays(item) }))),
      };
    });
}
