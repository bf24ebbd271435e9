import path from 'node:path';

/** Every subgraph of the supergraph: its name, its SDL, its default port and its URL variable. */
export const subgraphRegistry = [
  { name: 'users', sdlPath: path.join(__dirname, 'users/schema.graphql'), defaultPort: 4001, urlEnv: 'USERS_URL' },
  {
    name: 'projects',
    sdlPath: path.join(__dirname, 'projects/schema.graphql'),
    defaultPort: 4002,
    urlEnv: 'PROJECTS_URL',
  },
  {
    name: 'work-items',
    sdlPath: path.join(__dirname, 'work-items/schema.graphql'),
    defaultPort: 4003,
    urlEnv: 'WORK_ITEMS_URL',
  },
  {
    name: 'sprints',
    sdlPath: path.join(__dirname, 'sprints/schema.graphql'),
    defaultPort: 4004,
    urlEnv: 'SPRINTS_URL',
  },
  {
    name: 'notifications',
    sdlPath: path.join(__dirname, 'notifications/schema.graphql'),
    defaultPort: 4005,
    urlEnv: 'NOTIFICATIONS_URL',
  },
] as const;

export type SubgraphName = (typeof subgraphRegistry)[number]['name'];

export const defaultSubgraphUrl = (port: number) => `http://127.0.0.1:${port}/graphql`;
