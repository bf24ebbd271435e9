import { readFileSync } from 'node:fs';
import { createLogger } from '../../lib/logger';
import { startRouter, type RouterLimits } from '../../router';
import { supergraphSdlPath } from '../../scripts/start-supergraph';
import {
  addOrganizationMember,
  addProjectMember,
  createOrganization,
  createProject,
  dataOf,
  graphql,
  signUpUser,
  useTestStack,
  type TestUser,
} from '../testkit';
import { startCountingProxy, type CountingProxy } from './counting-proxy';

// A router of its own in front of the stack's subgraphs, the projects and users subgraphs behind
// proxies that count what reaches them and hold each request, so requests sent together overlap.

const stack = useTestStack();
const roleQuery = 'query Role($id: ID!) { project(id: $id) { key name viewerRole } }';
const twoSubgraphs = 'query Org($id: ID!) { project(id: $id) { key organization { name } } }';
const rename = `mutation Rename($input: UpdateProjectInput!) {
  updateProject(input: $input) { project { name organization { name } } }
}`;

type Router = Awaited<ReturnType<typeof startRouter>>;
let projects: CountingProxy;
let users: CountingProxy;
let sharing: Router;
let notSharing: Router;
let owner: TestUser;
let member: TestUser;
let projectId: string;

const startOwnRouter = (limits: Partial<RouterLimits>) =>
  startRouter({
    supergraphSdl: readFileSync(supergraphSdlPath, 'utf8'),
    subgraphUrls: { ...stack.subgraphUrls, projects: projects.url, users: users.url },
    signingSecret: stack.signingSecret,
    jwtSecret: stack.jwtSecret,
    port: 0,
    production: false,
    limits: { rateLimitPerWindow: 100_000, ...limits },
    logger: createLogger('test', 'silent'),
  });

beforeAll(async () => {
  projects = await startCountingProxy(stack.subgraphUrls.projects);
  users = await startCountingProxy(stack.subgraphUrls.users);
  sharing = await startOwnRouter({});
  notSharing = await startOwnRouter({ shareSubgraphCalls: false });
  owner = await signUpUser(stack);
  member = await signUpUser(stack);
  const organization = await createOrganization(stack, owner.token);
  await addOrganizationMember(stack, owner.token, organization.id, member, 'MEMBER');
  projectId = (await createProject(stack, owner.token, organization.id)).id;
  await addProjectMember(stack, owner.token, projectId, member.userId, 'MEMBER');
}, 60_000);

afterAll(async () => {
  await sharing?.stop();
  await notSharing?.stop();
  await projects?.close();
  await users?.close();
});

beforeEach(() => {
  projects.holdMs = 200;
  users.holdMs = 200;
  projects.failWith = null;
});

/** What reaches a proxy while `run` runs: the bodies naming `field`. */
async function callsDuring<T>(proxy: CountingProxy, field: string, run: () => Promise<T>) {
  const before = proxy.bodies.length;
  const result = await run();
  return { result, calls: proxy.bodies.slice(before).filter((body) => body.includes(field)).length };
}

const together = <T>(count: number, send: (index: number) => Promise<T>) =>
  Promise.all(Array.from({ length: count }, (_, index) => send(index)));

describe('identical subgraph calls in flight at once', () => {
  it('gives each of two users asking the same thing at the same moment their own answer', async () => {
    const { result, calls } = await callsDuring(projects, 'viewerRole', () =>
      together(10, (index) => {
        const caller = index % 2 ? member : owner;
        return graphql(sharing.url, roleQuery, { id: projectId }, { token: caller.token }).then((res) => ({
          caller,
          role: dataOf(res).project.viewerRole as string,
        }));
      }),
    );
    for (const { caller, role } of result) expect(role).toBe(caller === owner ? 'ADMIN' : 'MEMBER');
    expect(calls).toBe(2);
  });

  it("makes one subgraph call for one user's identical requests, and a new one once it has answered", async () => {
    const { result, calls } = await callsDuring(projects, 'viewerRole', () =>
      together(8, () => graphql(sharing.url, roleQuery, { id: projectId }, { token: member.token })),
    );
    expect(calls).toBe(1);
    for (const res of result) expect(dataOf(res).project.viewerRole).toBe('MEMBER');

    const again = await callsDuring(projects, 'viewerRole', () =>
      graphql(sharing.url, roleQuery, { id: projectId }, { token: member.token }),
    );
    expect(again.calls).toBe(1);
  });

  it('shares the entity fetch of a query spanning two subgraphs', async () => {
    const { result, calls } = await callsDuring(users, '_entities', () =>
      together(6, () => graphql(sharing.url, twoSubgraphs, { id: projectId }, { token: owner.token })),
    );
    expect(calls).toBe(1);
    const names = result.map((res) => dataOf(res).project.organization.name as string);
    expect(new Set(names).size).toBe(1);
  });

  it('sends every call when sharing is turned off', async () => {
    const { calls } = await callsDuring(projects, 'viewerRole', () =>
      together(4, () => graphql(notSharing.url, roleQuery, { id: projectId }, { token: member.token })),
    );
    expect(calls).toBe(4);
  });

  it('sends every mutation, its entity fetches included, even when identical ones run at once', async () => {
    const input = { id: projectId, name: 'Renamed together' };
    const root = await callsDuring(projects, 'updateProject', async () => {
      const entities = await callsDuring(users, '_entities', () =>
        together(4, () => graphql(sharing.url, rename, { input }, { token: owner.token })),
      );
      for (const res of entities.result) expect(dataOf(res).updateProject.project.name).toBe('Renamed together');
      return entities.calls;
    });
    expect(root.calls).toBe(4);
    expect(root.result).toBe(4);
  });

  it('delivers a failed subgraph answer to every request that shared the call', async () => {
    projects.failWith = 502;
    const { result, calls } = await callsDuring(projects, 'viewerRole', () =>
      together(5, () => graphql(sharing.url, roleQuery, { id: projectId }, { token: owner.token })),
    );
    expect(calls).toBe(1);
    for (const res of result) {
      expect(res.body.data?.project ?? null).toBeNull();
      expect(res.body.errors?.map((error) => error.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
    }
  });

  it('delivers a subgraph refusal to every request that shared the call', async () => {
    const outsider = await signUpUser(stack);
    const { result, calls } = await callsDuring(projects, 'viewerRole', () =>
      together(5, () => graphql(sharing.url, roleQuery, { id: projectId }, { token: outsider.token })),
    );
    expect(calls).toBe(1);
    const alone = await graphql(stack.routerUrl, roleQuery, { id: projectId }, { token: outsider.token });
    expect(alone.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    for (const res of result) expect(res.body).toEqual(alone.body);
  });
});
