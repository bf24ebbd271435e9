import type { EntityRef } from '../../lib/entity-ref';
import type { Connection } from '../../lib/relay';
import type { Sprint } from './generated/prisma/client';

export type UserRefMapper = EntityRef;

/** A project by its raw uuid; the projects subgraph owns it, this subgraph adds its sprint fields. */
export interface ProjectRefMapper {
  projectId: string;
}

/** A work item by its raw uuid; the work-items subgraph owns it, this subgraph adds its sprint. */
export interface WorkItemRefMapper {
  workItemId: string;
}

export type SprintConnectionMapper = Connection<Sprint>;
export type SprintEdgeMapper = SprintConnectionMapper['edges'][number];

export interface SprintWorkItemEdgeMapper {
  cursor: string;
  node: WorkItemRefMapper;
  addedAt: Date;
  outcome: string | null;
}
export interface SprintWorkItemConnectionMapper extends Omit<Connection<unknown>, 'edges'> {
  edges: SprintWorkItemEdgeMapper[];
}

/** One scope change after the start, as metrics/scope-change.ts derives it. */
export interface ScopeChangeMapper {
  kind: 'ADDED' | 'REMOVED' | 'REESTIMATED';
  workItemId: string;
  points: number;
  actorId: string | null;
  at: Date;
}

export interface SprintScopeChangeMapper {
  addedPoints: number;
  removedPoints: number;
  reestimatedPoints: number;
  addedItemCount: number;
  removedItemCount: number;
  /** Oldest first; the `changes` resolver pages through them. */
  changes: ScopeChangeMapper[];
}

export interface ScopeChangeEdgeMapper {
  cursor: string;
  node: ScopeChangeMapper;
}
export interface ScopeChangeConnectionMapper extends Omit<Connection<unknown>, 'edges'> {
  edges: ScopeChangeEdgeMapper[];
}

export interface MemberCapacityMapper {
  userId: string;
  daysOff: Date[];
  availableDays: number;
  focusFactor: number;
  pointsPerDay: number;
  points: number;
}

export interface SprintCapacityMapper {
  workingDays: number;
  availableDays: number;
  points: number;
  members: MemberCapacityMapper[];
}

export interface SprintVelocityMapper {
  sprint: Sprint;
  committedPoints: number;
  completedPoints: number;
}

export interface VelocityMapper {
  sprints: SprintVelocityMapper[];
  mean: number | null;
  median: number | null;
  standardDeviation: number | null;
}
