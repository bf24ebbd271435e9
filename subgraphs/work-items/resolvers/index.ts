import { mergeResolvers } from '../../../lib/server/merge-resolvers';
import type { Resolvers } from '../generated/resolvers-types';
import { CalendarDate, DateTime } from '../../../lib/graphql-scalars';
import { commentTargetResolvers } from './comment-targets';
import { flowHistoryResolvers } from './flow-history';
import { itemResolvers } from './items';
import { listResolvers } from './lists';
import { projectResolvers } from './project';
import { referenceResolvers } from './references';
import { relationResolvers } from './relations';
import { savedViewItemIdsResolvers } from './saved-view-items';
import { snapshotResolvers } from './snapshots';
import { vcsRefResolvers } from './vcs-refs';
import { workflowResolvers } from './workflow';

export const resolvers: Resolvers = {
  ...mergeResolvers(
    projectResolvers,
    itemResolvers,
    workflowResolvers,
    relationResolvers,
    listResolvers,
    snapshotResolvers,
    commentTargetResolvers,
    flowHistoryResolvers,
    savedViewItemIdsResolvers,
    vcsRefResolvers,
    referenceResolvers,
  ),
  DateTime,
  Date: CalendarDate,
};
