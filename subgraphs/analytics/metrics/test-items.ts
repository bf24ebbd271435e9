import type { FlowItem } from './types';

const moment = (iso: string | null | undefined) => (iso ? new Date(iso) : null);

/** A flow item of project p1, a TASK in `doing` with no assignee or label, dates as ISO text. */
export function flowItem(
  id: string,
  dates: Partial<Record<'createdAt' | 'startedAt' | 'finishedAt' | 'discardedAt' | 'archivedAt' | 'deletedAt', string>>,
  more: Partial<Pick<FlowItem, 'projectId' | 'type' | 'assigneeId' | 'labelIds' | 'stateId'>> = {},
): FlowItem {
  return {
    id,
    projectId: 'p1',
    type: 'TASK',
    assigneeId: null,
    labelIds: [],
    stateId: 'doing',
    createdAt: new Date(dates.createdAt ?? '2026-01-01T00:00:00Z'),
    startedAt: moment(dates.startedAt),
    finishedAt: moment(dates.finishedAt),
    discardedAt: moment(dates.discardedAt),
    archivedAt: moment(dates.archivedAt),
    deletedAt: moment(dates.deletedAt),
    ...more,
  };
}
