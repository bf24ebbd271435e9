import path from 'node:path';
import type { z } from 'zod';
import { httpUrl } from '../lib/config';

/**
 * Every subgraph of the supergraph: its name, its SDL, its default port, its URL variable, and the
 * `Node` types it owns (resolves by ID and guards). `Query.node` finds a node's owner here.
 */
export const subgraphRegistry = [
  {
    name: 'users',
    sdlPath: path.join(__dirname, 'users/schema.graphql'),
    defaultPort: 4001,
    urlEnv: 'USERS_URL',
    nodeTypes: ['User', 'Organization', 'OrganizationInvitation'],
  },
  {
    name: 'projects',
    sdlPath: path.join(__dirname, 'projects/schema.graphql'),
    defaultPort: 4002,
    urlEnv: 'PROJECTS_URL',
    nodeTypes: ['Project', 'Team'],
  },
  {
    name: 'work-items',
    sdlPath: path.join(__dirname, 'work-items/schema.graphql'),
    defaultPort: 4003,
    urlEnv: 'WORK_ITEMS_URL',
    nodeTypes: [
      'WorkItem',
      'Comment',
      'HistoryEntry',
      'Label',
      'CustomField',
      'WorkflowState',
      'WorkflowTransition',
      'SavedView',
    ],
  },
  {
    name: 'sprints',
    sdlPath: path.join(__dirname, 'sprints/schema.graphql'),
    defaultPort: 4004,
    urlEnv: 'SPRINTS_URL',
    nodeTypes: ['Sprint'],
  },
  {
    name: 'notifications',
    sdlPath: path.join(__dirname, 'notifications/schema.graphql'),
    defaultPort: 4005,
    urlEnv: 'NOTIFICATIONS_URL',
    nodeTypes: ['Notification'],
  },
] as const;

export type SubgraphEntry = (typeof subgraphRegistry)[number];
export type SubgraphName = SubgraphEntry['name'];
export type NodeTypeName = SubgraphEntry['nodeTypes'][number];
/** The Node types a given subgraph owns. */
export type NodeTypeOf<Name extends SubgraphName> = Extract<SubgraphEntry, { name: Name }>['nodeTypes'][number];

/** The subgraph that owns a Node type, or undefined for a name that is no Node type. */
export function nodeOwnerOf(typename: string): SubgraphEntry | undefined {
  return subgraphRegistry.find((entry) => (entry.nodeTypes as readonly string[]).includes(typename));
}

export const defaultSubgraphUrl = (port: number) => `http://127.0.0.1:${port}/graphql`;

/** The URL variables of some subgraphs, each an http(s) URL that defaults to the subgraph's port here. */
export function subgraphUrlEnv<Entry extends SubgraphEntry>(entries: readonly Entry[]) {
  return Object.fromEntries(
    entries.map((entry) => [entry.urlEnv, httpUrl.default(defaultSubgraphUrl(entry.defaultPort))]),
  ) as Record<Entry['urlEnv'], z.ZodDefault<typeof httpUrl>>;
}
