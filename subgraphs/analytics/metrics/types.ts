/** A UTC calendar day, `YYYY-MM-DD`. */
export type Day = string;

/** The days measured, both included (`from` ≤ `to`). */
export interface Window {
  from: Day;
  to: Day;
}

/** BACKLOG, TODO, IN_PROGRESS, DONE or CANCELED; a string because rows carry it as one. */
export type StateCategory = string;

/** Where being in a state puts an item in its flow. */
export type FlowClass = 'before' | 'started' | 'done' | 'discarded';

export type Classifier = (stateId: string, category: StateCategory) => FlowClass;

/** A row of `analytics.state_change`: the first of an item is its creation into its first state. */
export interface StateEntry {
  at: Date;
  toStateId: string;
  toCategory: StateCategory;
}

/** A row of `analytics.item_fact`, flow dates already derived (`deriveFlowDates`). */
export interface FlowItem {
  id: string;
  projectId: string;
  type: string;
  assigneeId: string | null;
  labelIds: readonly string[];
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  discardedAt: Date | null;
  archivedAt: Date | null;
  deletedAt: Date | null;
  /** The state it is in now. */
  stateId: string;
}

/** An item's state entries in order (by version), for metrics that need its state on each day. */
export interface ItemTimeline {
  id: string;
  archivedAt: Date | null;
  deletedAt: Date | null;
  entries: readonly StateEntry[];
}

/** A workflow state, in the order CFD rows show them (by category, then first seen). */
export interface WorkflowStateRef {
  stateId: string;
  category: StateCategory;
}

/** The items behind a data point, by id, ascending. */
export type ItemIds = string[];
