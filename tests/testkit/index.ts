export { startTestStack, useTestStack, type TestStack } from './stack';
export { graphql, dataOf, errorOf, type GraphQLResponse, type GraphQLErrorJson } from './client';
export {
  signUpUser,
  createOrganization,
  addOrganizationMember,
  inviteOrganizationMember,
  createProject,
  addProjectMember,
  removeProjectMember,
  removeOrganizationMember,
  changeOrganizationMemberRole,
  sendOperation,
  type TestUser,
  type SeedTarget,
} from './seed';
export {
  seedProjectTeam,
  seedItemReadersSeeDifferently,
  runMutation,
  createWorkItem,
  workflowStates,
  filteredTitles,
  rawId,
  querySql,
  type ProjectTeam,
  type CreatedWorkItem,
} from './work-items';
import { sqlStatementCounts } from '../../lib/db/prisma';
import type { SubgraphDomain } from '../../subgraphs/registry';

/** SQL statements a domain (any subgraph's schema) has sent so far in this test process. */
export function sqlStatementCount(domain: SubgraphDomain): number {
  return sqlStatementCounts.get(domain) ?? 0;
}
export {
  connectSubscriptions,
  connectionRefusal,
  subscribe,
  rawSocket,
  opened,
  closeOf,
  nextMessage,
  nextMatching,
  untilSubscribed,
  webSocketUrl,
  type LiveSubscription,
} from './subscriptions';
export { describeWithRedis, itWithRedis, describeWithRedisServer, itWithRedisServer } from './services';
export { untilSprintsCaughtUp, workItemEvents, useWorkItemEventHandler } from './sprints';
export { untilAnalyticsCaughtUp } from './analytics';
export { untilNotificationsCaughtUp, useNotificationsEventHandler } from './notifications';
export { untilWatchersFollowed, untilSprintPlacementsFollowed, untilWorkItemReadModelsFollowed } from './read-models';
export { untilOrganizationEventsHandled } from './organization-events';
export {
  useSubgraph,
  anonymous,
  asUser,
  asService,
  fromAddress,
  type Caller,
  type SubgraphTier,
  type SubgraphTierOptions,
  type SubgraphResponse,
} from './subgraph-tier';
