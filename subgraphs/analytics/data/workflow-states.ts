import { decodeGlobalId, toGlobalId } from '../../../lib/ids';
import { viewerIdOf, type AnalyticsContext } from '../context';

const workflowQuery = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Project { workflow { states { id name category } } } }
}`;

interface Answer {
  _entities: ({ workflow: { states: { id: string; name: string; category: string }[] } } | null)[];
}

/**
 * The project's workflow states as work-items has them now (as the viewer, so its visibility
 * applies): a state can be chosen before any item has entered it. Raw ids.
 */
export async function workflowStatesOf(
  context: AnalyticsContext,
  projectId: string,
): Promise<{ stateId: string; name: string; category: string }[]> {
  const { data } = await context.workItemsClient.queryAsViewer<Answer>({ userId: viewerIdOf(context) }, workflowQuery, {
    representations: [{ __typename: 'Project', id: toGlobalId('Project', projectId) }],
  });
  const states = data?._entities[0]?.workflow.states ?? [];
  return states.flatMap((state) => {
    const stateId = decodeGlobalId(state.id)?.id;
    return stateId ? [{ stateId, name: state.name, category: state.category }] : [];
  });
}
