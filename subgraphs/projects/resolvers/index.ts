import type { Resolvers } from '../generated/resolvers-types';
import { DateTime } from '../../../lib/graphql-scalars';
import { Organization, ProjectConnection } from './organization';
import { Project, ProjectMemberConnection, ProjectTeamConnection } from './project';
import { projectMutations } from './project-mutations';
import { ProjectAccess, Query } from './query';
import { Team, TeamConnection, TeamMemberConnection } from './team';
import { teamMutations } from './team-mutations';

export const resolvers: Resolvers = {
  DateTime,
  Query,
  ProjectAccess,
  Mutation: { ...projectMutations, ...teamMutations },
  Project,
  Team,
  Organization,
  ProjectConnection,
  ProjectMemberConnection,
  ProjectTeamConnection,
  TeamConnection,
  TeamMemberConnection,
};
