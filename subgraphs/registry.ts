import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { httpUrl } from '../lib/config';

/**
 * Every subgraph of the supergraph, one line each, in start and migration order. Everything that
 * lists subgraphs reads this: `npm start`, `npm run start:subgraph`, composition, migrations,
 * codegen, the testkit, docker-compose.yml and `Query.node`. A subgraph's code is its folder,
 * `subgraphs/<name>/subgraph.ts` declares it (`defineSubgraph`), and its tables are in
 * `prisma/<name>/schema.prisma`. `nodeTypes` are the `Node` types it owns (resolves by ID and guards).
 * This file holds data only, so the router can read it without loading any subgraph's code.
 */
const lines = [
  { name: 'users', port: 4001, nodeTypes: ['User', 'Organization', 'OrganizationInvitation', 'ApiToken'] },
  { name: 'projects', port: 4002, nodeTypes: ['Project', 'Team'] },
  {
    name: 'work-items',
    port: 4003,
    nodeTypes: [
      'WorkItem',
      'Comment',
      'Worklog',
      'Release',
      'HistoryEntry',
      'Label',
      'CustomField',
      'WorkflowState',
      'WorkflowTransition',
      'SavedView',
    ],
  },
  { name: 'sprints', port: 4004, nodeTypes: ['Sprint'] },
  { name: 'notifications', port: 4005, nodeTypes: ['Notification'] },
  { name: 'analytics', port: 4006, nodeTypes: ['Dashboard', 'DashboardWidget'] },
  { name: 'files', port: 4007, nodeTypes: ['File', 'FileVersion', 'FileUpload', 'LinkAttachment'] },
  { name: 'integrations', port: 4008, nodeTypes: ['WebhookEndpoint', 'WebhookDelivery', 'VcsConnection'] },
] as const;

type Line = (typeof lines)[number];
/** `work-items` → `WORK_ITEMS`. */
type EnvStem<Name extends string> = Name extends `${infer Head}-${infer Tail}`
  ? `${Uppercase<Head>}_${EnvStem<Tail>}`
  : Uppercase<Name>;
/** `work-items` → `work_items`. */
type Snake<Name extends string> = Name extends `${infer Head}-${infer Tail}` ? `${Head}_${Snake<Tail>}` : Name;

export type SubgraphEntry<L extends Line = Line> = L extends Line
  ? L & {
      /** The PostgreSQL schema that holds its tables, e.g. `work_items`. */
      domain: Snake<L['name']>;
      defaultPort: L['port'];
      /** Where the router and other services find it, e.g. `WORK_ITEMS_URL`. */
      urlEnv: `${EnvStem<L['name']>}_URL`;
      /** The port it listens on when it runs alone, e.g. `WORK_ITEMS_PORT`. */
      portEnv: `${EnvStem<L['name']>}_PORT`;
      /** Its folder, `subgraphs/<name>`. */
      dir: string;
      /** Its SDL files: `schema.graphql`, the shared `directives.graphql`, and for the subgraph answering `node(id)` the generated stubs. */
      sdlPaths: string[];
      /** Its `prisma/<name>` folder: schema.prisma and migrations. */
      prismaDir: string;
    }
  : never;

/** The subgraph that answers `Query.node`: it holds a `{ id }` stub of every other subgraph's Node types. */
export const nodeSubgraphName = 'users' as const;
/** Workgraph's own directives (`@callerDependent`), part of every subgraph's SDL. */
export const sharedDirectivesFile = 'directives.graphql';
/** The generated file of those stubs, written by `npm run compose` from this registry. */
export const nodeStubsFile = 'node-stubs.graphql';

const envStem = (name: string) => name.toUpperCase().replace(/-/g, '_');

export const subgraphRegistry = lines.map((line) => {
  const dir = path.join(__dirname, line.name);
  return {
    ...line,
    domain: line.name.replace(/-/g, '_'),
    defaultPort: line.port,
    urlEnv: `${envStem(line.name)}_URL`,
    portEnv: `${envStem(line.name)}_PORT`,
    dir,
    sdlPaths: [
      path.join(dir, 'schema.graphql'),
      path.join(__dirname, sharedDirectivesFile),
      ...(line.name === nodeSubgraphName ? [path.join(dir, nodeStubsFile)] : []),
    ],
    prismaDir: path.resolve(__dirname, '../prisma', line.name),
  };
}) as unknown as readonly SubgraphEntry[];

export type SubgraphName = Line['name'];
export type NodeTypeName = Line['nodeTypes'][number];
/** The Node types a given subgraph owns. */
export type NodeTypeOf<Name extends SubgraphName> = Extract<Line, { name: Name }>['nodeTypes'][number];
export type SubgraphDomain = SubgraphEntry['domain'];

export const subgraphNames = subgraphRegistry.map((entry) => entry.name) as readonly SubgraphName[];

export function subgraphEntry<Name extends SubgraphName>(name: Name): SubgraphEntry<Extract<Line, { name: Name }>> {
  return subgraphRegistry.find((entry) => entry.name === name) as SubgraphEntry<Extract<Line, { name: Name }>>;
}

export const isSubgraphName = (name: string): name is SubgraphName => subgraphNames.includes(name as SubgraphName);

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

/** A subgraph's SDL as composition and its server read it: its `.graphql` files, joined. */
export function subgraphSdl(entry: SubgraphEntry): string {
  return entry.sdlPaths
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}
