import { timeIdConnection } from '../../../../lib/db/batched-pages';
import { toGlobalId } from '../../../../lib/ids';
import type { Resolvers, VcsChecksState, VcsPullRequestState } from '../../generated/resolvers-types';
import { readsProject } from '../../vcs/access';
import { displayTitleOf } from '../../vcs/data/links';
import { emptyConnection } from '../connections';
import { rawIdOf } from '../raw-id';

const state = (value: string | null) => value as VcsPullRequestState | null;
const checks = (value: string | null) => value as VcsChecksState | null;

export const vcsLinkResolvers: Resolvers = {
  WorkItem: {
    __resolveReference: (reference) => {
      const workItemId = rawIdOf(reference.id, 'WorkItem');
      return workItemId ? { workItemId } : null;
    },
    id: (item) => toGlobalId('WorkItem', item.workItemId),
    // The item's project is the one its links were made in: readers of it see them, nobody else.
    vcsLinks: async (item, args, context) => {
      const projectId = await context.vcs.linkedItemProject.load(item.workItemId);
      if (!projectId || !(await readsProject(context, projectId))) return emptyConnection(args);
      return timeIdConnection(item.workItemId, args, {
        pages: context.vcs.linkPages,
        counts: context.vcs.linkCounts,
      });
    },
  },
  LinkAttachment: {
    __resolveReference: (reference) => {
      const linkAttachmentId = rawIdOf(reference.id, 'LinkAttachment');
      return linkAttachmentId ? { linkAttachmentId } : null;
    },
    id: (attachment) => toGlobalId('LinkAttachment', attachment.linkAttachmentId),
    pullRequest: async (attachment, _args, context) => {
      const link = await context.vcs.pullRequestByAttachment.load(attachment.linkAttachmentId);
      return link && (await readsProject(context, link.projectId)) ? link : null;
    },
  },
  VcsLink: {
    kind: (link) => link.kind as 'COMMIT' | 'BRANCH' | 'PULL_REQUEST',
    provider: (link) => link.provider as 'GITHUB' | 'GITLAB',
    title: (link) => displayTitleOf(link),
    state: (link) => state(link.state),
    checks: (link) => checks(link.checks),
    linkAttachment: (link) => (link.linkAttachmentId ? { linkAttachmentId: link.linkAttachmentId } : null),
  },
  VcsPullRequest: {
    provider: (link) => link.provider as 'GITHUB' | 'GITLAB',
    number: (link) => link.number ?? 0,
    state: (link) => state(link.state) ?? 'OPEN',
    checks: (link) => checks(link.checks),
  },
  VcsLinkConnection: { totalCount: (connection) => connection.totalCount() },
};
