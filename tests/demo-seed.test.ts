import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { dataOf, graphql, startTestStack, type TestStack } from './testkit';

const root = path.resolve(__dirname, '..');
const seed = (routerUrl: string) =>
  promisify(execFile)(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'scripts/seed-demo.ts')], {
    env: { ...process.env, ROUTER_URL: routerUrl },
  });

describe('the demo data script', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());

  it('creates an organization, a project with work items and users who can log in with the documented password, and changes nothing the second time', async () => {
    await seed(stack.routerUrl);
    await seed(stack.routerUrl);
    const login = await graphql(stack.routerUrl, 'mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }', {
      i: { email: 'grace@demo.workgraph.dev', password: 'workgraph-demo-password' },
    });
    const token = dataOf(login).logIn.accessToken;
    const org = dataOf(
      await graphql(
        stack.routerUrl,
        '{ organizationBySlug(slug: "acme") { id viewerRole members { totalCount } } }',
        {},
        { token },
      ),
    );
    expect(org.organizationBySlug).toMatchObject({ viewerRole: 'MEMBER', members: { totalCount: 3 } });
    const project = dataOf(
      await graphql(
        stack.routerUrl,
        'query($org: ID!) { projectByKey(organizationId: $org, key: "WEB") { name viewerRole members { edges { role node { name } } } } }',
        { org: org.organizationBySlug.id },
        { token },
      ),
    ).projectByKey;
    expect(project.viewerRole).toBe('MEMBER');
    const members = project.members.edges.map(
      (e: { role: string; node: { name: string } }) => `${e.node.name}:${e.role}`,
    );
    expect(members.sort()).toEqual(['Ada Lovelace:ADMIN', 'Grace Hopper:MEMBER', 'Linus Torvalds:VIEWER']);

    const items = dataOf(
      await graphql(
        stack.routerUrl,
        `
          query ($key: String!) {
            workItemByKey(key: $key) {
              title
              children {
                edges {
                  node {
                    key
                    assignee {
                      name
                    }
                    relations {
                      type
                      workItem {
                        key
                      }
                    }
                  }
                }
              }
              project {
                workItems(orderBy: { field: CREATED_AT, direction: ASC }) {
                  totalCount
                  edges {
                    node {
                      key
                    }
                  }
                }
              }
            }
          }
        `,
        { key: 'WEB-1' },
        { token },
      ),
    ).workItemByKey;
    expect(items.title).toBe('Launch the new checkout');
    expect(items.project.workItems.totalCount).toBe(5);
    expect(items.project.workItems.edges.map((e: { node: { key: string } }) => e.node.key)).toEqual([
      'WEB-1',
      'WEB-2',
      'WEB-3',
      'WEB-4',
      'WEB-5',
    ]);
    expect(items.children.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { key: 'WEB-2', assignee: { name: 'Grace Hopper' }, relations: [{ type: 'BLOCKS', workItem: { key: 'WEB-3' } }] },
      { key: 'WEB-3', assignee: null, relations: [{ type: 'BLOCKED_BY', workItem: { key: 'WEB-2' } }] },
    ]);

    const sprints = dataOf(
      await graphql(
        stack.routerUrl,
        `
          query ($org: ID!) {
            projectByKey(organizationId: $org, key: "WEB") {
              sprints {
                totalCount
                edges {
                  node {
                    name
                    state
                  }
                }
              }
              activeSprint {
                committedPoints
                committedItemCount
                capacity {
                  workingDays
                  points
                }
              }
            }
          }
        `,
        { org: org.organizationBySlug.id },
        { token },
      ),
    ).projectByKey;
    expect(sprints.sprints).toEqual({
      totalCount: 2,
      edges: [{ node: { name: 'Sprint 1', state: 'ACTIVE' } }, { node: { name: 'Sprint 2', state: 'PLANNED' } }],
    });
    // Stories of 5 and 3 points, the subtask's 2, the unestimated bug; Grace: 10 days × 0.8 × 1.5.
    expect(sprints.activeSprint).toEqual({
      committedPoints: 10,
      committedItemCount: 4,
      capacity: { workingDays: 10, points: 12 },
    });
  }, 60_000);
});
