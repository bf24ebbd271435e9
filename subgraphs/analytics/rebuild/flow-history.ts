import { z } from 'zod';
import type { ServiceClient } from '../../../lib/server/service-client';

/** One item of work-items' `workItemFlowHistory`: its snapshot now and its state changes, oldest first. */
export const FlowHistoryItem = z.object({
  snapshot: z.object({
    id: z.string(),
    projectId: z.string(),
    organizationId: z.string(),
    key: z.string(),
    title: z.string(),
    type: z.string(),
    stateId: z.string(),
    stateName: z.string(),
    stateCategory: z.string(),
    assigneeId: z.string().nullable(),
    reporterId: z.string(),
    estimate: z.number().nullable(),
    parentId: z.string().nullable(),
    labelIds: z.array(z.string()),
    archived: z.boolean(),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
  stateChanges: z.array(
    z.object({
      version: z.number().nullable(),
      at: z.string(),
      actorId: z.string().nullable(),
      fromStateId: z.string().nullable(),
      toStateId: z.string(),
      fromCategory: z.string().nullable(),
      toCategory: z.string().nullable(),
      toStateName: z.string(),
    }),
  ),
});
export type FlowHistoryItem = z.infer<typeof FlowHistoryItem>;

const Page = z.object({
  workItemFlowHistory: z.object({
    edges: z.array(z.object({ node: FlowHistoryItem })),
    pageInfo: z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() }),
  }),
});

export const flowHistoryQuery = `query FlowHistory($projectId: ID!, $first: Int, $after: String) {
  workItemFlowHistory(projectId: $projectId, first: $first, after: $after) {
    edges { node {
      snapshot { id projectId organizationId key title type stateId stateName stateCategory assigneeId reporterId
        estimate parentId labelIds archived version createdAt updatedAt }
      stateChanges { version at actorId fromStateId toStateId fromCategory toCategory toStateName }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** A project's items with their histories, a page of 500 at a time, asked of work-items as the analytics service. */
export async function* flowHistoryPages(workItems: ServiceClient, projectId: string): AsyncIterable<FlowHistoryItem[]> {
  let after: string | null = null;
  do {
    const page = Page.parse(await workItems.query(flowHistoryQuery, { projectId, first: 500, after }));
    yield page.workItemFlowHistory.edges.map((edge) => edge.node);
    after = page.workItemFlowHistory.pageInfo.hasNextPage ? page.workItemFlowHistory.pageInfo.endCursor : null;
  } while (after);
}
