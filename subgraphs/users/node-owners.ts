import DataLoader from 'dataloader';
import { ErrorCode } from '../../lib/errors';
import type { Logger } from '../../lib/logger';
import type { ServiceClient } from '../../lib/server/service-client';
import type { Viewer } from '../../lib/viewer';
import {
  nodeOwnerOf,
  subgraphRegistry,
  type NodeTypeName,
  type NodeTypeOf,
  type SubgraphEntry,
  type SubgraphName,
} from '../registry';

/** Node types other subgraphs own: `Query.node` answers them with a stub their owner completes. */
export type RemoteNodeType = Exclude<NodeTypeName, NodeTypeOf<'users'>>;
export type NodeOwnerName = Exclude<SubgraphName, 'users'>;
export type NodeOwnerEntry = Extract<SubgraphEntry, { name: NodeOwnerName }>;

/** A node of another subgraph, by its type and global ID. */
export interface RemoteNodeKey {
  type: RemoteNodeType;
  id: string;
}

export type NodeOwnerClients = { readonly [Name in NodeOwnerName]: ServiceClient };
export type RemoteNodeLoader = DataLoader<RemoteNodeKey, boolean, string>;

/** The subgraphs `Query.node` asks whether an object of theirs exists for the viewer: every other one. */
export const nodeOwnerEntries = subgraphRegistry.filter((entry): entry is NodeOwnerEntry => entry.name !== 'users');
export const nodeOwnerNames = nodeOwnerEntries.map((entry) => entry.name);

const entitiesQuery = `query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }`;

// How an owner says "not there for you" besides null: projects and teams answer NOT_FOUND.
const hiddenCode = ErrorCode.NotFound;

/**
 * Whether the viewer may see each node another subgraph owns: one signed `_entities` call per owner
 * for all the nodes of a request, as the viewer, so the owner's reference resolvers apply the
 * viewer's visibility. An owner that fails or cannot be reached hides its nodes; the cause is
 * logged, never returned.
 */
export function createRemoteNodeLoader(
  clients: NodeOwnerClients,
  viewer: Viewer | null,
  logger: Logger,
): RemoteNodeLoader {
  async function visibleAt(owner: NodeOwnerName, keys: RemoteNodeKey[]): Promise<boolean[]> {
    const client = clients[owner];
    if (!viewer || !client) return keys.map(() => false);
    const representations = keys.map((key) => ({ __typename: key.type, id: key.id }));
    try {
      const { data, errors } = await client.queryAsViewer<{ _entities?: unknown[] }>(viewer, entitiesQuery, {
        representations,
      });
      const unexpected = errors.filter((error) => error.extensions?.code !== hiddenCode);
      if (unexpected.length) {
        logger.warn('node owner answered with errors', {
          subgraph: owner,
          errors: unexpected.map((error) => ({ message: error.message, code: error.extensions?.code })),
        });
      }
      const entities = Array.isArray(data?._entities) ? data._entities : [];
      return keys.map((_key, index) => entities[index] != null);
    } catch (error) {
      logger.error('node owner unreachable', { subgraph: owner, error: String(error) });
      return keys.map(() => false);
    }
  }

  return new DataLoader(
    async (keys: readonly RemoteNodeKey[]) => {
      const byOwner = new Map<NodeOwnerName, number[]>();
      keys.forEach((key, index) => {
        const owner = nodeOwnerOf(key.type)?.name as NodeOwnerName;
        byOwner.set(owner, [...(byOwner.get(owner) ?? []), index]);
      });
      const answers = new Array<boolean>(keys.length).fill(false);
      await Promise.all(
        [...byOwner].map(async ([owner, indexes]) => {
          const visible = await visibleAt(
            owner,
            indexes.map((index) => keys[index]!),
          );
          indexes.forEach((index, position) => (answers[index] = visible[position]!));
        }),
      );
      return answers;
    },
    { cacheKeyFn: (key: RemoteNodeKey) => key.id },
  );
}
