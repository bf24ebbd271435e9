import DataLoader from 'dataloader';
import { AppError, ErrorCode } from '../../../lib/errors';
import type { ServiceClient } from '../../../lib/server/service-client';

/** Where a work item or comment lives, as the work-items service says now. */
export interface TargetPlace {
  projectId: string;
  organizationId: string;
  /** The work item itself, or the comment's item. */
  workItemId: string;
}

const workItemsQuery = 'query ($ids: [ID!]!) { workItemSnapshots(ids: $ids) { id projectId organizationId } }';
const commentsQuery = 'query ($ids: [ID!]!) { commentTargets(ids: $ids) { id workItemId projectId organizationId } }';

type Answer = { id: string; projectId: string; organizationId: string; workItemId?: string } | null;

/** One signed call per batch of up to 100; an unreachable service is SERVICE_UNAVAILABLE, never "not found". */
function placeLoader(client: ServiceClient, query: string, field: 'workItemSnapshots' | 'commentTargets') {
  return new DataLoader<string, TargetPlace | null>(
    async (ids) => {
      let answers: Answer[];
      try {
        answers = (await client.query<Record<string, Answer[]>>(query, { ids: [...ids] }))[field] ?? [];
      } catch {
        throw new AppError(ErrorCode.ServiceUnavailable, 'The work-items service is unavailable; try again.');
      }
      return ids.map((id, index) => {
        const answer = answers[index];
        if (!answer || answer.id !== id) return null;
        return {
          projectId: answer.projectId,
          organizationId: answer.organizationId,
          workItemId: answer.workItemId ?? answer.id,
        };
      });
    },
    { maxBatchSize: 100 },
  );
}

/** Per request: the current project of work items and comments that files are attached to. */
export const targetLoaders = (workItemsClient: ServiceClient) => ({
  workItemPlace: placeLoader(workItemsClient, workItemsQuery, 'workItemSnapshots'),
  commentPlace: placeLoader(workItemsClient, commentsQuery, 'commentTargets'),
});
