import type { EntityRef } from '../../lib/entity-ref';
import type { Connection } from '../../lib/relay';
import type {
  Comment,
  CustomField,
  HistoryEntry,
  Worklog,
  Label,
  Release,
  SavedView,
  WorkItem,
  WorkflowState,
} from './generated/prisma/client';
import type { ProjectConfigSettings } from './data/project-reads';
import type { SearchHitRow } from './data/search';
import type { ItemFilter } from './rules/item-filter';
import type { WorkItemFilter } from './generated/resolvers-types';

export type UserRefMapper = EntityRef;

/** A project by its raw uuid; the projects subgraph owns it, this subgraph adds its work fields. */
export interface ProjectRefMapper {
  projectId: string;
}

export type WorkItemConnectionMapper = Connection<WorkItem>;
export type WorkItemEdgeMapper = WorkItemConnectionMapper['edges'][number];
export type LabelConnectionMapper = Connection<Label>;
export type LabelEdgeMapper = LabelConnectionMapper['edges'][number];
export type CommentConnectionMapper = Connection<Comment>;
export type CommentEdgeMapper = CommentConnectionMapper['edges'][number];
export type WorklogConnectionMapper = Connection<Worklog> & { totalMinutes(): Promise<number> };
export type WorklogEdgeMapper = WorklogConnectionMapper['edges'][number];
/** An item's time tracking: the item, whose estimate and totals the fields read. */
export type TimeTrackingMapper = WorkItem;
export type ReleaseConnectionMapper = Connection<Release>;
export type ReleaseEdgeMapper = ReleaseConnectionMapper['edges'][number];
export type HistoryEntryConnectionMapper = Connection<HistoryEntry>;
export type HistoryEntryEdgeMapper = HistoryEntryConnectionMapper['edges'][number];
export type SavedViewConnectionMapper = Connection<SavedView>;
export type SavedViewEdgeMapper = SavedViewConnectionMapper['edges'][number];
export type SearchHitConnectionMapper = Connection<SearchHitRow>;
export type SearchHitEdgeMapper = SearchHitConnectionMapper['edges'][number];

/** A project's workflow: its fields are loaded per project through loaders. */
export interface WorkflowMapper {
  projectId: string;
}
export type HierarchyRulesMapper = ProjectConfigSettings;

/** A board and its columns carry the board's filter, validated once. */
export interface BoardMapper {
  projectId: string;
  filter: ItemFilter;
}
export interface BoardColumnMapper {
  projectId: string;
  state: WorkflowState;
  filter: ItemFilter;
}

/** A custom field value as stored (already validated against the field's type). */
export interface CustomFieldValueMapper {
  field: CustomField;
  value: unknown;
}

export interface WorkItemRelationMapper {
  type: string;
  otherItemId: string;
  createdById: string;
  createdAt: Date;
}

export interface WorkItemProgressMapper {
  totalItems: number;
  doneItems: number;
  totalPoints: number;
  donePoints: number;
}

export interface TimeInStateMapper {
  stateId: string;
  stateName: string;
  seconds: number;
  current: boolean;
}

/** A saved view's filter and order as stored: the validated inputs, with global IDs. */
export type WorkItemFilterValueMapper = WorkItemFilter;
export interface WorkItemOrderValueMapper {
  field: string;
  direction: string;
}
