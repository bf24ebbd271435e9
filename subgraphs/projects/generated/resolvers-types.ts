import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Project as ProjectModel, Team as TeamModel } from './prisma/client';
import type { OrganizationRefMapper as OrganizationRefMapperModel, UserRefMapper as UserRefMapperModel, ProjectConnectionMapper as ProjectConnectionMapperModel, ProjectEdgeMapper as ProjectEdgeMapperModel, ProjectMemberConnectionMapper as ProjectMemberConnectionMapperModel, ProjectMemberEdgeMapper as ProjectMemberEdgeMapperModel, ProjectTeamConnectionMapper as ProjectTeamConnectionMapperModel, ProjectTeamEdgeMapper as ProjectTeamEdgeMapperModel, TeamConnectionMapper as TeamConnectionMapperModel, TeamEdgeMapper as TeamEdgeMapperModel, TeamMemberConnectionMapper as TeamMemberConnectionMapperModel, TeamMemberEdgeMapper as TeamMemberEdgeMapperModel, ProjectPermissionsMapper as ProjectPermissionsMapperModel, ProjectAccessMapper as ProjectAccessMapperModel } from '../mappers';
import type { ProjectsContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date and time in ISO 8601 format with a time zone, for example `2026-11-23T09:30:00.000Z`. */
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Who to add to a project. */
export type AddProjectMemberInput = {
  /** The project's ID. */
  projectId: Scalars['ID']['input'];
  /** Their role. */
  role: ProjectRole;
  /** The user to add; they must belong to the project's organization. */
  userId: Scalars['ID']['input'];
};

/** The result of `addProjectMember`. */
export type AddProjectMemberPayload = {
  __typename?: 'AddProjectMemberPayload';
  /** The project. */
  project: Project;
  /** Their direct role. */
  role: ProjectRole;
  /** The added user. */
  user: User;
};

/** A user to add to a team. */
export type AddTeamMemberInput = {
  /** The team's ID. */
  teamId: Scalars['ID']['input'];
  /** The user; they must belong to the team's organization. */
  userId: Scalars['ID']['input'];
};

/** The result of `addTeamMember`. */
export type AddTeamMemberPayload = {
  __typename?: 'AddTeamMemberPayload';
  /** The team. */
  team: Team;
  /** The added user. */
  user: User;
};

/** The project to archive. */
export type ArchiveProjectInput = {
  /** The project's ID. */
  projectId: Scalars['ID']['input'];
};

/** The result of `archiveProject`. */
export type ArchiveProjectPayload = {
  __typename?: 'ArchiveProjectPayload';
  /** The project, archived. */
  project: Project;
};

/** A team to attach to a project. */
export type AttachTeamToProjectInput = {
  /** The project's ID. */
  projectId: Scalars['ID']['input'];
  /** The role the team's members get. */
  role: ProjectRole;
  /** The team's ID; it must belong to the project's organization. */
  teamId: Scalars['ID']['input'];
};

/** The result of `attachTeamToProject`. */
export type AttachTeamToProjectPayload = {
  __typename?: 'AttachTeamToProjectPayload';
  /** The project. */
  project: Project;
  /** The role the team gives. */
  role: ProjectRole;
  /** The team. */
  team: Team;
};

/** A project role change. */
export type ChangeProjectMemberRoleInput = {
  /** The project's ID. */
  projectId: Scalars['ID']['input'];
  /** The new direct role. */
  role: ProjectRole;
  /** The member's user ID. */
  userId: Scalars['ID']['input'];
};

/** The result of `changeProjectMemberRole`. */
export type ChangeProjectMemberRolePayload = {
  __typename?: 'ChangeProjectMemberRolePayload';
  /** The project. */
  project: Project;
  /** Their new direct role. */
  role: ProjectRole;
  /** The member. */
  user: User;
};

/** The details of a new project. */
export type CreateProjectInput = {
  /** A markdown description, at most 10,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 2-10 uppercase letters or digits, starting with a letter; unique in the organization. */
  key: Scalars['String']['input'];
  /** The name, 1-100 characters. */
  name: Scalars['String']['input'];
  /** The organization to create it in. */
  organizationId: Scalars['ID']['input'];
};

/** The result of `createProject`. */
export type CreateProjectPayload = {
  __typename?: 'CreateProjectPayload';
  /** The new project. */
  project: Project;
};

/** The details of a new team. */
export type CreateTeamInput = {
  /** What the team is for, at most 2,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The name, 1-100 characters, unique in the organization. */
  name: Scalars['String']['input'];
  /** The organization to create it in. */
  organizationId: Scalars['ID']['input'];
};

/** The result of `createTeam`. */
export type CreateTeamPayload = {
  __typename?: 'CreateTeamPayload';
  /** The new team. */
  team: Team;
};

/** The project to delete. */
export type DeleteProjectInput = {
  /** The project's ID; the project must be archived. */
  projectId: Scalars['ID']['input'];
};

/** The result of `deleteProject`. */
export type DeleteProjectPayload = {
  __typename?: 'DeleteProjectPayload';
  /** The ID of the deleted project. */
  deletedProjectId: Scalars['ID']['output'];
};

/** The team to delete. */
export type DeleteTeamInput = {
  /** The team's ID. */
  id: Scalars['ID']['input'];
};

/** The result of `deleteTeam`. */
export type DeleteTeamPayload = {
  __typename?: 'DeleteTeamPayload';
  /** The ID of the deleted team. */
  deletedTeamId: Scalars['ID']['output'];
  /** How many projects it was attached to. */
  detachedProjectCount: Scalars['Int']['output'];
  /** How many members it had. */
  removedMemberCount: Scalars['Int']['output'];
};

/** A team to detach from a project. */
export type DetachTeamFromProjectInput = {
  /** The project's ID. */
  projectId: Scalars['ID']['input'];
  /** The team's ID. */
  teamId: Scalars['ID']['input'];
};

/** The result of `detachTeamFromProject`. */
export type DetachTeamFromProjectPayload = {
  __typename?: 'DetachTeamFromProjectPayload';
  /** The ID of the detached team. */
  detachedTeamId: Scalars['ID']['output'];
  /** The project. */
  project: Project;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds an organization member to a project. Requires project ADMIN. */
  addProjectMember: AddProjectMemberPayload;
  /** Adds an organization member to a team. Requires organization ADMIN or OWNER. */
  addTeamMember: AddTeamMemberPayload;
  /**
   * Archives a project: everyone keeps reading it as before, but its work is read-only in every
   * service (items, comments, worklogs, sprints, files, integrations' settings) until it is restored:
   * every role in it counts as VIEWER there, and a change answers FORBIDDEN saying the project is
   * archived. Its name, description, members and teams can still be managed here. It leaves
   * `Organization.projects` unless `includeArchived` is set. Archiving an archived project changes
   * nothing. Requires project ADMIN.
   */
  archiveProject: ArchiveProjectPayload;
  /** Gives a team's members a role in a project. Requires project ADMIN; the team must be of the project's organization. */
  attachTeamToProject: AttachTeamToProjectPayload;
  /** Changes a direct member's role. Requires project ADMIN; the last direct ADMIN cannot be demoted. */
  changeProjectMemberRole: ChangeProjectMemberRolePayload;
  /** Creates a project in an organization; the caller becomes its ADMIN. Requires organization role MEMBER or higher. */
  createProject: CreateProjectPayload;
  /** Creates a team in an organization. Requires organization role MEMBER or higher. */
  createTeam: CreateTeamPayload;
  /**
   * Deletes an archived project for good, with everything in it: its members and team links at once,
   * and in every other service, as the `project.deleted` event reaches it, its work items (with their
   * comments, worklogs, history and links to items of other projects), workflow, labels, custom
   * fields, releases, saved views, sprints, files, notifications, analytics, VCS links and webhook
   * endpoints scoped to it. From the answer on, the project and all of that answer NOT_FOUND
   * everywhere; nothing can be restored. An active project is refused with CONFLICT: archive it
   * first. Requires organization ADMIN or OWNER.
   */
  deleteProject: DeleteProjectPayload;
  /**
   * Deletes a team. It is detached from every project, so its members lose the roles it gave them at
   * once (roles they hold in their own right stay), and they all leave it. Analytics metrics measured
   * over the team then count no items. Requires organization ADMIN or OWNER.
   */
  deleteTeam: DeleteTeamPayload;
  /** Takes a team's role in a project away. Requires project ADMIN. */
  detachTeamFromProject: DetachTeamFromProjectPayload;
  /** Removes a direct member. Requires project ADMIN (members may remove themselves); the last direct ADMIN cannot be removed. */
  removeProjectMember: RemoveProjectMemberPayload;
  /** Removes a user from a team. Requires organization ADMIN or OWNER (members may leave themselves). */
  removeTeamMember: RemoveTeamMemberPayload;
  /** Restores an archived project: its work can change again. Restoring an active project changes nothing. Requires project ADMIN. */
  restoreProject: RestoreProjectPayload;
  /** Updates a project's name or description. Requires project ADMIN. */
  updateProject: UpdateProjectPayload;
  /** Renames a team or changes its description; omitted fields keep their value. Requires organization ADMIN or OWNER. */
  updateTeam: UpdateTeamPayload;
};


export type MutationAddProjectMemberArgs = {
  input: AddProjectMemberInput;
};


export type MutationAddTeamMemberArgs = {
  input: AddTeamMemberInput;
};


export type MutationArchiveProjectArgs = {
  input: ArchiveProjectInput;
};


export type MutationAttachTeamToProjectArgs = {
  input: AttachTeamToProjectInput;
};


export type MutationChangeProjectMemberRoleArgs = {
  input: ChangeProjectMemberRoleInput;
};


export type MutationCreateProjectArgs = {
  input: CreateProjectInput;
};


export type MutationCreateTeamArgs = {
  input: CreateTeamInput;
};


export type MutationDeleteProjectArgs = {
  input: DeleteProjectInput;
};


export type MutationDeleteTeamArgs = {
  input: DeleteTeamInput;
};


export type MutationDetachTeamFromProjectArgs = {
  input: DetachTeamFromProjectInput;
};


export type MutationRemoveProjectMemberArgs = {
  input: RemoveProjectMemberInput;
};


export type MutationRemoveTeamMemberArgs = {
  input: RemoveTeamMemberInput;
};


export type MutationRestoreProjectArgs = {
  input: RestoreProjectInput;
};


export type MutationUpdateProjectArgs = {
  input: UpdateProjectInput;
};


export type MutationUpdateTeamArgs = {
  input: UpdateTeamInput;
};

/**
 * An object with a globally unique, opaque ID. Any such ID can be passed to `Query.node` to fetch the
 * object, whichever service owns it.
 */
export type Node = {
  /** The object's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** An organization: the top-level container of people, teams and projects. */
export type Organization = {
  __typename?: 'Organization';
  /** The organization's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The projects of this organization that you can see, oldest first: all of them for its OWNERs and ADMINs, those you have a role in for other members, none for anyone else. */
  projects: ProjectConnection;
  /** The organization's teams, oldest first. Visible to organization members. */
  teams: TeamConnection;
};


/** An organization: the top-level container of people, teams and projects. */
export type OrganizationProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An organization: the top-level container of people, teams and projects. */
export type OrganizationTeamsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Pagination details of a connection page (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last edge of this page, or null when the page is empty; pass it as `after`. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether a page precedes this one. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first edge of this page, or null when the page is empty. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A project: where work is planned and tracked, inside one organization. */
export type Project = Node & {
  __typename?: 'Project';
  /** When the project was archived; null while it is active. See `archiveProject`. */
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** When the project was created. */
  createdAt: Scalars['DateTime']['output'];
  /** A description in markdown. */
  description: Scalars['String']['output'];
  /** The project's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The project key, unique in its organization: 2-10 uppercase letters or digits starting with a letter, for example `WEB`. */
  key: Scalars['String']['output'];
  /**
   * Everyone with a role in the project, directly or through a team, with their effective role; oldest
   * first. Organization OWNERs and ADMINs administer every project without being listed here, unless
   * they also have a role of their own. People who leave the organization leave this list too.
   */
  members: ProjectMemberConnection;
  /** The project's name. */
  name: Scalars['String']['output'];
  /** The organization the project belongs to. */
  organization: Organization;
  /** Teams attached to the project, with the role they give. */
  teams: ProjectTeamConnection;
  /** When the project was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** What the caller may do in this project, so clients need not derive it from roles. */
  viewerPermissions: ProjectPermissions;
  /** The caller's effective role in the project: ADMIN for organization OWNERs and ADMINs, else the highest of their direct role and their teams' roles. */
  viewerRole: ProjectRole;
};


/** A project: where work is planned and tracked, inside one organization. */
export type ProjectMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A project: where work is planned and tracked, inside one organization. */
export type ProjectTeamsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A project's identity and one user's effective role in it, for other services; null when the project does not exist. */
export type ProjectAccess = {
  __typename?: 'ProjectAccess';
  /** Whether the project is archived: readable, but its work changes nowhere until it is restored. */
  archived: Scalars['Boolean']['output'];
  /** The project's organization. */
  organizationId: Scalars['ID']['output'];
  /** The project's key, for example `WEB`. */
  projectKey: Scalars['String']['output'];
  /** The user's effective role, or null when they have none; at most VIEWER while the project is archived. */
  role: Maybe<ProjectRole>;
};

/** A (project, user) pair for the internal access lookup. */
export type ProjectAccessKey = {
  /** The project's ID. */
  projectId: Scalars['ID']['input'];
  /** The user's ID. */
  userId: Scalars['ID']['input'];
};

/** A page of projects. */
export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  /** The projects on this page with their cursors. */
  edges: Array<ProjectEdge>;
  /** The nodes on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<Project>;
  /** Pagination details. */
  pageInfo: PageInfo;
  /** How many projects there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A project in a connection. */
export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  /** The cursor to resume after this project. */
  cursor: Scalars['String']['output'];
  /** The project. */
  node: Project;
};

/** A page of project members. */
export type ProjectMemberConnection = {
  __typename?: 'ProjectMemberConnection';
  /** The members on this page with their cursors. */
  edges: Array<ProjectMemberEdge>;
  /** The nodes on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<User>;
  /** Pagination details. */
  pageInfo: PageInfo;
  /** How many people have a role in the project. */
  totalCount: Scalars['Int']['output'];
};

/** A person with a role in a project. */
export type ProjectMemberEdge = {
  __typename?: 'ProjectMemberEdge';
  /** The cursor to resume after this member. */
  cursor: Scalars['String']['output'];
  /** Their direct role, or null when they are a member only through teams. */
  directRole: Maybe<ProjectRole>;
  /** The member. */
  node: User;
  /** Their effective role: ADMIN for organization OWNERs and ADMINs, else the highest of their direct role and their teams' roles. */
  role: ProjectRole;
  /** When they first got a role in the project. */
  since: Scalars['DateTime']['output'];
};

/** What the caller may do in a project. */
export type ProjectPermissions = {
  __typename?: 'ProjectPermissions';
  /** May change the project's settings (ADMIN). */
  canAdminister: Scalars['Boolean']['output'];
  /** May add, remove and change members and teams (ADMIN). */
  canManageMembers: Scalars['Boolean']['output'];
  /** May read the project and its work (VIEWER and above). */
  canRead: Scalars['Boolean']['output'];
  /** May create and change work in the project (MEMBER and above, while the project is not archived). */
  canWrite: Scalars['Boolean']['output'];
};

/** Roles in a project, from most to least powerful. A user's effective role is ADMIN when they are an OWNER or ADMIN of the project's organization, else the highest of their direct and team roles; every role requires a current membership of the organization. */
export type ProjectRole =
  /** Configures the project and manages its members and teams. */
  | 'ADMIN'
  /** Reads and writes the project's work. */
  | 'MEMBER'
  /** Reads the project's work. */
  | 'VIEWER';

/** A page of teams attached to a project. */
export type ProjectTeamConnection = {
  __typename?: 'ProjectTeamConnection';
  /** The teams on this page with their cursors. */
  edges: Array<ProjectTeamEdge>;
  /** The nodes on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<Team>;
  /** Pagination details. */
  pageInfo: PageInfo;
  /** How many teams are attached. */
  totalCount: Scalars['Int']['output'];
};

/** A team attached to a project. */
export type ProjectTeamEdge = {
  __typename?: 'ProjectTeamEdge';
  /** The cursor to resume after this team. */
  cursor: Scalars['String']['output'];
  /** The team. */
  node: Team;
  /** The role the team's members get in the project. */
  role: ProjectRole;
};

export type Query = {
  __typename?: 'Query';
  /** A project you can see, by ID; NOT_FOUND when it does not exist or you have no role in it (the two are not told apart). */
  project: Project;
  /** Service-to-service lookup of projects and roles in them; not part of the public API. */
  projectAccess: Array<Maybe<ProjectAccess>>;
  /** A project you can see, by its organization and key; NOT_FOUND as for `project`. */
  projectByKey: Project;
  /**
   * Service-to-service lookup of the projects of an organization a user can read now (every one for its
   * OWNERs and ADMINs, those granting them a role for other members, none for anyone else), oldest
   * first, at most `first`; not part of the public API.
   */
  readableProjectIds: Array<Scalars['ID']['output']>;
  /** A team of an organization you belong to, by ID; NOT_FOUND otherwise. */
  team: Team;
  /**
   * Service-to-service lookup of the projects a team has a role in, oldest attachment first, at most
   * `first`; not part of the public API.
   */
  teamProjectIds: Array<Scalars['ID']['output']>;
};


export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProjectAccessArgs = {
  keys: Array<ProjectAccessKey>;
};


export type QueryProjectByKeyArgs = {
  key: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
};


export type QueryReadableProjectIdsArgs = {
  first: Scalars['Int']['input'];
  organizationId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type QueryTeamArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTeamProjectIdsArgs = {
  first: Scalars['Int']['input'];
  teamId: Scalars['ID']['input'];
};

/** A member to remove from a project. */
export type RemoveProjectMemberInput = {
  /** The project's ID. */
  projectId: Scalars['ID']['input'];
  /** The member's user ID. */
  userId: Scalars['ID']['input'];
};

/** The result of `removeProjectMember`. */
export type RemoveProjectMemberPayload = {
  __typename?: 'RemoveProjectMemberPayload';
  /** The project. */
  project: Project;
  /** The ID of the removed user. */
  removedUserId: Scalars['ID']['output'];
};

/** A user to remove from a team. */
export type RemoveTeamMemberInput = {
  /** The team's ID. */
  teamId: Scalars['ID']['input'];
  /** The user's ID. */
  userId: Scalars['ID']['input'];
};

/** The result of `removeTeamMember`. */
export type RemoveTeamMemberPayload = {
  __typename?: 'RemoveTeamMemberPayload';
  /** The ID of the removed user. */
  removedUserId: Scalars['ID']['output'];
  /** The team. */
  team: Team;
};

/** The project to restore. */
export type RestoreProjectInput = {
  /** The project's ID. */
  projectId: Scalars['ID']['input'];
};

/** The result of `restoreProject`. */
export type RestoreProjectPayload = {
  __typename?: 'RestoreProjectPayload';
  /** The project, active again. */
  project: Project;
};

/** A group of organization members that can be given a role in projects together. */
export type Team = Node & {
  __typename?: 'Team';
  /** When the team was created. */
  createdAt: Scalars['DateTime']['output'];
  /** What the team is for. */
  description: Scalars['String']['output'];
  /** The team's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The team's members, oldest first. */
  members: TeamMemberConnection;
  /** The team's name, unique in its organization. */
  name: Scalars['String']['output'];
  /** The organization the team belongs to. */
  organization: Organization;
};


/** A group of organization members that can be given a role in projects together. */
export type TeamMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of teams. */
export type TeamConnection = {
  __typename?: 'TeamConnection';
  /** The teams on this page with their cursors. */
  edges: Array<TeamEdge>;
  /** The nodes on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<Team>;
  /** Pagination details. */
  pageInfo: PageInfo;
  /** How many teams there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A team in a connection. */
export type TeamEdge = {
  __typename?: 'TeamEdge';
  /** The cursor to resume after this team. */
  cursor: Scalars['String']['output'];
  /** The team. */
  node: Team;
};

/** A page of team members. */
export type TeamMemberConnection = {
  __typename?: 'TeamMemberConnection';
  /** The members on this page with their cursors. */
  edges: Array<TeamMemberEdge>;
  /** The nodes on this page, in order, without their cursors: the same as `edges { node }`. */
  nodes: Array<User>;
  /** Pagination details. */
  pageInfo: PageInfo;
  /** How many members the team has. */
  totalCount: Scalars['Int']['output'];
};

/** A member of a team. */
export type TeamMemberEdge = {
  __typename?: 'TeamMemberEdge';
  /** The cursor to resume after this member. */
  cursor: Scalars['String']['output'];
  /** The member. */
  node: User;
  /** When they joined the team. */
  since: Scalars['DateTime']['output'];
};

/** Project changes; omitted fields keep their value. */
export type UpdateProjectInput = {
  /** The new markdown description, at most 10,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The project's ID. */
  id: Scalars['ID']['input'];
  /** The new name, 1-100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** The result of `updateProject`. */
export type UpdateProjectPayload = {
  __typename?: 'UpdateProjectPayload';
  /** The updated project. */
  project: Project;
};

/** A team and the fields to change. */
export type UpdateTeamInput = {
  /** What the team is for, at most 2,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The team's ID. */
  id: Scalars['ID']['input'];
  /** The new name, 1-100 characters, unique in the organization. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** The result of `updateTeam`. */
export type UpdateTeamPayload = {
  __typename?: 'UpdateTeamPayload';
  /** The team after the change. */
  team: Team;
};

/** A person with a Workgraph account. */
export type User = {
  __typename?: 'User';
  /** The user's opaque global ID. */
  id: Scalars['ID']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = T | Promise<T>;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Organization: Organization;
  Project: Project;
  Team: Team;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  Project:
    ( { __typename: 'Project' }
    & GraphQLRecursivePick<FederationTypes['Project'], {"id":true}> );
  Team:
    ( { __typename: 'Team' }
    & GraphQLRecursivePick<FederationTypes['Team'], {"id":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Node:
    | ( ProjectModel )
    | ( TeamModel )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddProjectMemberInput: AddProjectMemberInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AddProjectMemberPayload: ResolverTypeWrapper<Omit<AddProjectMemberPayload, 'project' | 'user'> & { project: ResolversTypes['Project'], user: ResolversTypes['User'] }>;
  AddTeamMemberInput: AddTeamMemberInput;
  AddTeamMemberPayload: ResolverTypeWrapper<Omit<AddTeamMemberPayload, 'team' | 'user'> & { team: ResolversTypes['Team'], user: ResolversTypes['User'] }>;
  ArchiveProjectInput: ArchiveProjectInput;
  ArchiveProjectPayload: ResolverTypeWrapper<Omit<ArchiveProjectPayload, 'project'> & { project: ResolversTypes['Project'] }>;
  AttachTeamToProjectInput: AttachTeamToProjectInput;
  AttachTeamToProjectPayload: ResolverTypeWrapper<Omit<AttachTeamToProjectPayload, 'project' | 'team'> & { project: ResolversTypes['Project'], team: ResolversTypes['Team'] }>;
  ChangeProjectMemberRoleInput: ChangeProjectMemberRoleInput;
  ChangeProjectMemberRolePayload: ResolverTypeWrapper<Omit<ChangeProjectMemberRolePayload, 'project' | 'user'> & { project: ResolversTypes['Project'], user: ResolversTypes['User'] }>;
  CreateProjectInput: CreateProjectInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CreateProjectPayload: ResolverTypeWrapper<Omit<CreateProjectPayload, 'project'> & { project: ResolversTypes['Project'] }>;
  CreateTeamInput: CreateTeamInput;
  CreateTeamPayload: ResolverTypeWrapper<Omit<CreateTeamPayload, 'team'> & { team: ResolversTypes['Team'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteProjectInput: DeleteProjectInput;
  DeleteProjectPayload: ResolverTypeWrapper<DeleteProjectPayload>;
  DeleteTeamInput: DeleteTeamInput;
  DeleteTeamPayload: ResolverTypeWrapper<DeleteTeamPayload>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DetachTeamFromProjectInput: DetachTeamFromProjectInput;
  DetachTeamFromProjectPayload: ResolverTypeWrapper<Omit<DetachTeamFromProjectPayload, 'project'> & { project: ResolversTypes['Project'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Organization: ResolverTypeWrapper<OrganizationRefMapperModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Project: ResolverTypeWrapper<ProjectModel>;
  ProjectAccess: ResolverTypeWrapper<ProjectAccessMapperModel>;
  ProjectAccessKey: ProjectAccessKey;
  ProjectConnection: ResolverTypeWrapper<ProjectConnectionMapperModel>;
  ProjectEdge: ResolverTypeWrapper<ProjectEdgeMapperModel>;
  ProjectMemberConnection: ResolverTypeWrapper<ProjectMemberConnectionMapperModel>;
  ProjectMemberEdge: ResolverTypeWrapper<ProjectMemberEdgeMapperModel>;
  ProjectPermissions: ResolverTypeWrapper<ProjectPermissionsMapperModel>;
  ProjectRole: ProjectRole;
  ProjectTeamConnection: ResolverTypeWrapper<ProjectTeamConnectionMapperModel>;
  ProjectTeamEdge: ResolverTypeWrapper<ProjectTeamEdgeMapperModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RemoveProjectMemberInput: RemoveProjectMemberInput;
  RemoveProjectMemberPayload: ResolverTypeWrapper<Omit<RemoveProjectMemberPayload, 'project'> & { project: ResolversTypes['Project'] }>;
  RemoveTeamMemberInput: RemoveTeamMemberInput;
  RemoveTeamMemberPayload: ResolverTypeWrapper<Omit<RemoveTeamMemberPayload, 'team'> & { team: ResolversTypes['Team'] }>;
  RestoreProjectInput: RestoreProjectInput;
  RestoreProjectPayload: ResolverTypeWrapper<Omit<RestoreProjectPayload, 'project'> & { project: ResolversTypes['Project'] }>;
  Team: ResolverTypeWrapper<TeamModel>;
  TeamConnection: ResolverTypeWrapper<TeamConnectionMapperModel>;
  TeamEdge: ResolverTypeWrapper<TeamEdgeMapperModel>;
  TeamMemberConnection: ResolverTypeWrapper<TeamMemberConnectionMapperModel>;
  TeamMemberEdge: ResolverTypeWrapper<TeamMemberEdgeMapperModel>;
  UpdateProjectInput: UpdateProjectInput;
  UpdateProjectPayload: ResolverTypeWrapper<Omit<UpdateProjectPayload, 'project'> & { project: ResolversTypes['Project'] }>;
  UpdateTeamInput: UpdateTeamInput;
  UpdateTeamPayload: ResolverTypeWrapper<Omit<UpdateTeamPayload, 'team'> & { team: ResolversTypes['Team'] }>;
  User: ResolverTypeWrapper<UserRefMapperModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddProjectMemberInput: AddProjectMemberInput;
  ID: Scalars['ID']['output'];
  AddProjectMemberPayload: Omit<AddProjectMemberPayload, 'project' | 'user'> & { project: ResolversParentTypes['Project'], user: ResolversParentTypes['User'] };
  AddTeamMemberInput: AddTeamMemberInput;
  AddTeamMemberPayload: Omit<AddTeamMemberPayload, 'team' | 'user'> & { team: ResolversParentTypes['Team'], user: ResolversParentTypes['User'] };
  ArchiveProjectInput: ArchiveProjectInput;
  ArchiveProjectPayload: Omit<ArchiveProjectPayload, 'project'> & { project: ResolversParentTypes['Project'] };
  AttachTeamToProjectInput: AttachTeamToProjectInput;
  AttachTeamToProjectPayload: Omit<AttachTeamToProjectPayload, 'project' | 'team'> & { project: ResolversParentTypes['Project'], team: ResolversParentTypes['Team'] };
  ChangeProjectMemberRoleInput: ChangeProjectMemberRoleInput;
  ChangeProjectMemberRolePayload: Omit<ChangeProjectMemberRolePayload, 'project' | 'user'> & { project: ResolversParentTypes['Project'], user: ResolversParentTypes['User'] };
  CreateProjectInput: CreateProjectInput;
  String: Scalars['String']['output'];
  CreateProjectPayload: Omit<CreateProjectPayload, 'project'> & { project: ResolversParentTypes['Project'] };
  CreateTeamInput: CreateTeamInput;
  CreateTeamPayload: Omit<CreateTeamPayload, 'team'> & { team: ResolversParentTypes['Team'] };
  DateTime: Scalars['DateTime']['output'];
  DeleteProjectInput: DeleteProjectInput;
  DeleteProjectPayload: DeleteProjectPayload;
  DeleteTeamInput: DeleteTeamInput;
  DeleteTeamPayload: DeleteTeamPayload;
  Int: Scalars['Int']['output'];
  DetachTeamFromProjectInput: DetachTeamFromProjectInput;
  DetachTeamFromProjectPayload: Omit<DetachTeamFromProjectPayload, 'project'> & { project: ResolversParentTypes['Project'] };
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Organization: OrganizationRefMapperModel;
  Boolean: Scalars['Boolean']['output'];
  PageInfo: PageInfo;
  Project: ProjectModel;
  ProjectAccess: ProjectAccessMapperModel;
  ProjectAccessKey: ProjectAccessKey;
  ProjectConnection: ProjectConnectionMapperModel;
  ProjectEdge: ProjectEdgeMapperModel;
  ProjectMemberConnection: ProjectMemberConnectionMapperModel;
  ProjectMemberEdge: ProjectMemberEdgeMapperModel;
  ProjectPermissions: ProjectPermissionsMapperModel;
  ProjectTeamConnection: ProjectTeamConnectionMapperModel;
  ProjectTeamEdge: ProjectTeamEdgeMapperModel;
  Query: Record<PropertyKey, never>;
  RemoveProjectMemberInput: RemoveProjectMemberInput;
  RemoveProjectMemberPayload: Omit<RemoveProjectMemberPayload, 'project'> & { project: ResolversParentTypes['Project'] };
  RemoveTeamMemberInput: RemoveTeamMemberInput;
  RemoveTeamMemberPayload: Omit<RemoveTeamMemberPayload, 'team'> & { team: ResolversParentTypes['Team'] };
  RestoreProjectInput: RestoreProjectInput;
  RestoreProjectPayload: Omit<RestoreProjectPayload, 'project'> & { project: ResolversParentTypes['Project'] };
  Team: TeamModel;
  TeamConnection: TeamConnectionMapperModel;
  TeamEdge: TeamEdgeMapperModel;
  TeamMemberConnection: TeamMemberConnectionMapperModel;
  TeamMemberEdge: TeamMemberEdgeMapperModel;
  UpdateProjectInput: UpdateProjectInput;
  UpdateProjectPayload: Omit<UpdateProjectPayload, 'project'> & { project: ResolversParentTypes['Project'] };
  UpdateTeamInput: UpdateTeamInput;
  UpdateTeamPayload: Omit<UpdateTeamPayload, 'team'> & { team: ResolversParentTypes['Team'] };
  User: UserRefMapperModel;
}>;

export type CallerDependentDirectiveArgs = { };

export type CallerDependentDirectiveResolver<Result, Parent, ContextType = ProjectsContext, Args = CallerDependentDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AddProjectMemberPayloadResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['AddProjectMemberPayload'] = ResolversParentTypes['AddProjectMemberPayload']> = ResolversObject<{
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ProjectRole'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type AddTeamMemberPayloadResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['AddTeamMemberPayload'] = ResolversParentTypes['AddTeamMemberPayload']> = ResolversObject<{
  team?: Resolver<ResolversTypes['Team'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type ArchiveProjectPayloadResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ArchiveProjectPayload'] = ResolversParentTypes['ArchiveProjectPayload']> = ResolversObject<{
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
}>;

export type AttachTeamToProjectPayloadResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['AttachTeamToProjectPayload'] = ResolversParentTypes['AttachTeamToProjectPayload']> = ResolversObject<{
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ProjectRole'], ParentType, ContextType>;
  team?: Resolver<ResolversTypes['Team'], ParentType, ContextType>;
}>;

export type ChangeProjectMemberRolePayloadResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ChangeProjectMemberRolePayload'] = ResolversParentTypes['ChangeProjectMemberRolePayload']> = ResolversObject<{
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ProjectRole'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type CreateProjectPayloadResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['CreateProjectPayload'] = ResolversParentTypes['CreateProjectPayload']> = ResolversObject<{
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
}>;

export type CreateTeamPayloadResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['CreateTeamPayload'] = ResolversParentTypes['CreateTeamPayload']> = ResolversObject<{
  team?: Resolver<ResolversTypes['Team'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteProjectPayloadResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['DeleteProjectPayload'] = ResolversParentTypes['DeleteProjectPayload']> = ResolversObject<{
  deletedProjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type DeleteTeamPayloadResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['DeleteTeamPayload'] = ResolversParentTypes['DeleteTeamPayload']> = ResolversObject<{
  deletedTeamId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  detachedProjectCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  removedMemberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DetachTeamFromProjectPayloadResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['DetachTeamFromProjectPayload'] = ResolversParentTypes['DetachTeamFromProjectPayload']> = ResolversObject<{
  detachedTeamId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addProjectMember?: Resolver<ResolversTypes['AddProjectMemberPayload'], ParentType, ContextType, RequireFields<MutationAddProjectMemberArgs, 'input'>>;
  addTeamMember?: Resolver<ResolversTypes['AddTeamMemberPayload'], ParentType, ContextType, RequireFields<MutationAddTeamMemberArgs, 'input'>>;
  archiveProject?: Resolver<ResolversTypes['ArchiveProjectPayload'], ParentType, ContextType, RequireFields<MutationArchiveProjectArgs, 'input'>>;
  attachTeamToProject?: Resolver<ResolversTypes['AttachTeamToProjectPayload'], ParentType, ContextType, RequireFields<MutationAttachTeamToProjectArgs, 'input'>>;
  changeProjectMemberRole?: Resolver<ResolversTypes['ChangeProjectMemberRolePayload'], ParentType, ContextType, RequireFields<MutationChangeProjectMemberRoleArgs, 'input'>>;
  createProject?: Resolver<ResolversTypes['CreateProjectPayload'], ParentType, ContextType, RequireFields<MutationCreateProjectArgs, 'input'>>;
  createTeam?: Resolver<ResolversTypes['CreateTeamPayload'], ParentType, ContextType, RequireFields<MutationCreateTeamArgs, 'input'>>;
  deleteProject?: Resolver<ResolversTypes['DeleteProjectPayload'], ParentType, ContextType, RequireFields<MutationDeleteProjectArgs, 'input'>>;
  deleteTeam?: Resolver<ResolversTypes['DeleteTeamPayload'], ParentType, ContextType, RequireFields<MutationDeleteTeamArgs, 'input'>>;
  detachTeamFromProject?: Resolver<ResolversTypes['DetachTeamFromProjectPayload'], ParentType, ContextType, RequireFields<MutationDetachTeamFromProjectArgs, 'input'>>;
  removeProjectMember?: Resolver<ResolversTypes['RemoveProjectMemberPayload'], ParentType, ContextType, RequireFields<MutationRemoveProjectMemberArgs, 'input'>>;
  removeTeamMember?: Resolver<ResolversTypes['RemoveTeamMemberPayload'], ParentType, ContextType, RequireFields<MutationRemoveTeamMemberArgs, 'input'>>;
  restoreProject?: Resolver<ResolversTypes['RestoreProjectPayload'], ParentType, ContextType, RequireFields<MutationRestoreProjectArgs, 'input'>>;
  updateProject?: Resolver<ResolversTypes['UpdateProjectPayload'], ParentType, ContextType, RequireFields<MutationUpdateProjectArgs, 'input'>>;
  updateTeam?: Resolver<ResolversTypes['UpdateTeamPayload'], ParentType, ContextType, RequireFields<MutationUpdateTeamArgs, 'input'>>;
}>;

export type NodeResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Project' | 'Team', ParentType, ContextType>;
}>;

export type OrganizationResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  projects?: Resolver<ResolversTypes['ProjectConnection'], ParentType, ContextType, RequireFields<OrganizationProjectsArgs, 'includeArchived'>>;
  teams?: Resolver<ResolversTypes['TeamConnection'], ParentType, ContextType, Partial<OrganizationTeamsArgs>>;
}>;

export type PageInfoResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProjectResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project'], FederationReferenceType extends FederationReferenceTypes['Project'] = FederationReferenceTypes['Project']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Project']> | FederationReferenceType, FederationReferenceType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['ProjectMemberConnection'], ParentType, ContextType, Partial<ProjectMembersArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  teams?: Resolver<ResolversTypes['ProjectTeamConnection'], ParentType, ContextType, Partial<ProjectTeamsArgs>>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  viewerPermissions?: Resolver<ResolversTypes['ProjectPermissions'], ParentType, ContextType>;
  viewerRole?: Resolver<ResolversTypes['ProjectRole'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProjectAccessResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ProjectAccess'] = ResolversParentTypes['ProjectAccess']> = ResolversObject<{
  archived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  projectKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['ProjectRole']>, ParentType, ContextType>;
}>;

export type ProjectConnectionResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ProjectConnection'] = ResolversParentTypes['ProjectConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProjectEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProjectEdgeResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ProjectEdge'] = ResolversParentTypes['ProjectEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
}>;

export type ProjectMemberConnectionResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ProjectMemberConnection'] = ResolversParentTypes['ProjectMemberConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProjectMemberEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProjectMemberEdgeResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ProjectMemberEdge'] = ResolversParentTypes['ProjectMemberEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  directRole?: Resolver<Maybe<ResolversTypes['ProjectRole']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ProjectRole'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ProjectPermissionsResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ProjectPermissions'] = ResolversParentTypes['ProjectPermissions']> = ResolversObject<{
  canAdminister?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canManageMembers?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canRead?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canWrite?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ProjectTeamConnectionResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ProjectTeamConnection'] = ResolversParentTypes['ProjectTeamConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProjectTeamEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Team']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProjectTeamEdgeResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ProjectTeamEdge'] = ResolversParentTypes['ProjectTeamEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Team'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ProjectRole'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<QueryProjectArgs, 'id'>>;
  projectAccess?: Resolver<Array<Maybe<ResolversTypes['ProjectAccess']>>, ParentType, ContextType, RequireFields<QueryProjectAccessArgs, 'keys'>>;
  projectByKey?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<QueryProjectByKeyArgs, 'key' | 'organizationId'>>;
  readableProjectIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<QueryReadableProjectIdsArgs, 'first' | 'organizationId' | 'userId'>>;
  team?: Resolver<ResolversTypes['Team'], ParentType, ContextType, RequireFields<QueryTeamArgs, 'id'>>;
  teamProjectIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<QueryTeamProjectIdsArgs, 'first' | 'teamId'>>;
}>;

export type RemoveProjectMemberPayloadResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['RemoveProjectMemberPayload'] = ResolversParentTypes['RemoveProjectMemberPayload']> = ResolversObject<{
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  removedUserId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type RemoveTeamMemberPayloadResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['RemoveTeamMemberPayload'] = ResolversParentTypes['RemoveTeamMemberPayload']> = ResolversObject<{
  removedUserId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  team?: Resolver<ResolversTypes['Team'], ParentType, ContextType>;
}>;

export type RestoreProjectPayloadResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['RestoreProjectPayload'] = ResolversParentTypes['RestoreProjectPayload']> = ResolversObject<{
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
}>;

export type TeamResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team'], FederationReferenceType extends FederationReferenceTypes['Team'] = FederationReferenceTypes['Team']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Team']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['TeamMemberConnection'], ParentType, ContextType, Partial<TeamMembersArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TeamConnectionResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['TeamConnection'] = ResolversParentTypes['TeamConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TeamEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Team']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TeamEdgeResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['TeamEdge'] = ResolversParentTypes['TeamEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Team'], ParentType, ContextType>;
}>;

export type TeamMemberConnectionResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['TeamMemberConnection'] = ResolversParentTypes['TeamMemberConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TeamMemberEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TeamMemberEdgeResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['TeamMemberEdge'] = ResolversParentTypes['TeamMemberEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type UpdateProjectPayloadResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['UpdateProjectPayload'] = ResolversParentTypes['UpdateProjectPayload']> = ResolversObject<{
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
}>;

export type UpdateTeamPayloadResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['UpdateTeamPayload'] = ResolversParentTypes['UpdateTeamPayload']> = ResolversObject<{
  team?: Resolver<ResolversTypes['Team'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ProjectsContext> = ResolversObject<{
  AddProjectMemberPayload?: AddProjectMemberPayloadResolvers<ContextType>;
  AddTeamMemberPayload?: AddTeamMemberPayloadResolvers<ContextType>;
  ArchiveProjectPayload?: ArchiveProjectPayloadResolvers<ContextType>;
  AttachTeamToProjectPayload?: AttachTeamToProjectPayloadResolvers<ContextType>;
  ChangeProjectMemberRolePayload?: ChangeProjectMemberRolePayloadResolvers<ContextType>;
  CreateProjectPayload?: CreateProjectPayloadResolvers<ContextType>;
  CreateTeamPayload?: CreateTeamPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeleteProjectPayload?: DeleteProjectPayloadResolvers<ContextType>;
  DeleteTeamPayload?: DeleteTeamPayloadResolvers<ContextType>;
  DetachTeamFromProjectPayload?: DetachTeamFromProjectPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectAccess?: ProjectAccessResolvers<ContextType>;
  ProjectConnection?: ProjectConnectionResolvers<ContextType>;
  ProjectEdge?: ProjectEdgeResolvers<ContextType>;
  ProjectMemberConnection?: ProjectMemberConnectionResolvers<ContextType>;
  ProjectMemberEdge?: ProjectMemberEdgeResolvers<ContextType>;
  ProjectPermissions?: ProjectPermissionsResolvers<ContextType>;
  ProjectTeamConnection?: ProjectTeamConnectionResolvers<ContextType>;
  ProjectTeamEdge?: ProjectTeamEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RemoveProjectMemberPayload?: RemoveProjectMemberPayloadResolvers<ContextType>;
  RemoveTeamMemberPayload?: RemoveTeamMemberPayloadResolvers<ContextType>;
  RestoreProjectPayload?: RestoreProjectPayloadResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  TeamConnection?: TeamConnectionResolvers<ContextType>;
  TeamEdge?: TeamEdgeResolvers<ContextType>;
  TeamMemberConnection?: TeamMemberConnectionResolvers<ContextType>;
  TeamMemberEdge?: TeamMemberEdgeResolvers<ContextType>;
  UpdateProjectPayload?: UpdateProjectPayloadResolvers<ContextType>;
  UpdateTeamPayload?: UpdateTeamPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = ProjectsContext> = ResolversObject<{
  callerDependent?: CallerDependentDirectiveResolver<any, any, ContextType>;
}>;
