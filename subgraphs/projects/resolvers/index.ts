import type { Resolvers } from '../generated/resolvers-types';
import { DateTime } from '../../../lib/graphql-scalars';
import { Organization, ProjectConnection } from './organization';
import { Project, ProjectMemberConnection, ProjectTeamConnection } from './project';
import { Mutation } from './mutations';
import { ProjectAccess, Query } from './query';
import { Team, TeamConnection, TeamMemberConnection } from './team';

export const resolvers: Resolvers = {
  DateTime,
  Query,
  ProjectAccess,
  Mutation,
  Project,
  Team,
  Organization,
  ProjectConnection,
  ProjectMemberConnection,
  ProjectTeamConnection,
  TeamConnection,
  TeamMemberConnection,
};
