import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../lib/errors';
import { decodeGlobalId } from '../../lib/ids';
import type { SupergraphExecutor } from './supergraph-executor';

const query = 'query SubscriptionProjectAccess($id: ID!) { project(id: $id) { id } }';

export type ProjectAccess = 'readable' | 'denied';

/**
 * Whether the user may read the project, asked of the supergraph as that user: the projects service
 * stays the only judge of access. Any other error (a malformed ID, a service down) is thrown as the supergraph reported it.
 */
export async function projectAccess(
  execute: SupergraphExecutor,
  userId: string,
  projectId: string,
): Promise<ProjectAccess> {
  const result = await execute(userId, query, { id: projectId });
  const project = result.data?.project as { id?: string } | null | undefined;
  if (project?.id) return 'readable';
  return deniedOrThrow(result);
}

/**
 * For an access question the supergraph did not answer with the object: 'denied' when it was not
 * found or forbidden (or simply absent); any other error is thrown as the supergraph reported it.
 */
export function deniedOrThrow(result: Awaited<ReturnType<SupergraphExecutor>>): 'denied' {
  const error = result.errors?.[0];
  const code = error?.extensions?.code;
  if (!error || code === ErrorCode.NotFound || code === ErrorCode.Forbidden) return 'denied';
  throw new GraphQLError(error.message, { extensions: error.extensions });
}

/** The raw project id behind a subscription's `projectId` argument, or null when it is not a Project ID. */
export function projectIdArgument(args: Record<string, unknown>): string | null {
  const decoded = decodeGlobalId(String(args.projectId));
  return decoded?.type === 'Project' ? decoded.id : null;
}
