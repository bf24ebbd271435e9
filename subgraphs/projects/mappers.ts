import type { Project, Team } from './generated/prisma/client';
import type { EntityRef } from '../../lib/entity-ref';
import type { ProjectPermissionSet, ProjectRole } from '../../lib/roles';

export type OrganizationRefMapper = EntityRef;
export type UserRefMapper = EntityRef;

export interface PageInfoShape {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** A connection page; totalCount is a thunk so the count query only runs when a client asks for it. */
export interface ConnectionOf<TEdge> {
  edges: TEdge[];
  pageInfo: PageInfoShape;
  totalCount: () => Promise<number>;
}

export interface ProjectEdgeMapper {
  cursor: string;
  node: Project;
}
export type ProjectConnectionMapper = ConnectionOf<ProjectEdgeMapper>;

export interface ProjectMemberEdgeMapper {
  cursor: string;
  node: UserRefMapper;
  role: ProjectRole;
  directRole: ProjectRole | null;
  since: Date;
}
export type ProjectMemberConnectionMapper = ConnectionOf<ProjectMemberEdgeMapper>;

export interface ProjectTeamEdgeMapper {
  cursor: string;
  node: Team;
  role: ProjectRole;
}
export type ProjectTeamConnectionMapper = ConnectionOf<ProjectTeamEdgeMapper>;

export interface TeamEdgeMapper {
  cursor: string;
  node: Team;
}
export type TeamConnectionMapper = ConnectionOf<TeamEdgeMapper>;

export interface TeamMemberEdgeMapper {
  cursor: string;
  node: UserRefMapper;
  since: Date;
}
export type TeamMemberConnectionMapper = ConnectionOf<TeamMemberEdgeMapper>;

export type ProjectPermissionsMapper = ProjectPermissionSet;

/** A project and one user, for the service lookup: the role is resolved only when a caller selects it. */
export interface ProjectAccessMapper {
  project: Project;
  userId: string;
}
