import { request } from 'undici';
import { ErrorCode } from '../lib/errors';

// Loads demo data through the running router, as a client would; running it twice changes nothing.
const routerUrl = process.env.ROUTER_URL ?? 'http://localhost:4000/graphql';
export const demoPassword = 'workgraph-demo-password';
export const demoUsers = [
  { email: 'ada@demo.workgraph.dev', name: 'Ada Lovelace' },
  { email: 'grace@demo.workgraph.dev', name: 'Grace Hopper' },
  { email: 'linus@demo.workgraph.dev', name: 'Linus Torvalds' },
];

interface Result<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function call<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<Result<T>> {
  const res = await request(routerUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.body.json()) as Result<T>;
}

async function must<T>(
  query: string,
  variables: Record<string, unknown>,
  token?: string,
  allow: string[] = [],
): Promise<T | undefined> {
  const result = await call<T>(query, variables, token);
  const error = result.errors?.[0];
  if (error && allow.includes(error.extensions?.code ?? '')) return undefined;
  if (error || !result.data) throw new Error(`${error?.extensions?.code ?? 'ERROR'}: ${error?.message}`);
  return result.data;
}

async function session(user: { email: string; name: string }) {
  type Auth = { accessToken: string; user: { id: string } };
  const login = await call<{ logIn: Auth }>(
    'mutation($input: LogInInput!) { logIn(input: $input) { accessToken user { id } } }',
    { input: { email: user.email, password: demoPassword } },
  );
  if (login.data) return login.data.logIn;
  const created = await must<{ signUp: Auth }>(
    'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken user { id } } }',
    { input: { ...user, password: demoPassword } },
  );
  return created!.signUp;
}

async function main() {
  const [ada, grace, linus] = await Promise.all(demoUsers.map(session));
  if (!ada || !grace || !linus) throw new Error('demo users missing');
  const orgQuery = 'query { organizationBySlug(slug: "acme") { id } }';
  let org = (await must<{ organizationBySlug: { id: string } }>(orgQuery, {}, ada.accessToken, [ErrorCode.NotFound]))
    ?.organizationBySlug;
  if (!org) {
    const created = await must<{ createOrganization: { organization: { id: string } } }>(
      'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }',
      { input: { name: 'Acme Corp', slug: 'acme' } },
      ada.accessToken,
    );
    org = created!.createOrganization.organization;
  }
  // People join by invitation: Ada invites, each accepts. Organization MEMBERs, not ADMINs: an
  // organization ADMIN is ADMIN in every project. Members already (a second run) answer CONFLICT.
  for (const [invitee, { email }] of [
    [grace, demoUsers[1]!],
    [linus, demoUsers[2]!],
  ] as const) {
    const invited = await must<{ inviteOrganizationMember: { invitation: { id: string } } }>(
      'mutation($input: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $input) { invitation { id } } }',
      { input: { organizationId: org.id, email, role: 'MEMBER' } },
      ada.accessToken,
      [ErrorCode.Conflict],
    );
    if (!invited) continue;
    await must(
      'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { role } }',
      { input: { invitationId: invited.inviteOrganizationMember.invitation.id } },
      invitee.accessToken,
    );
  }
  let project = (
    await must<{ projectByKey: { id: string } }>(
      'query($org: ID!) { projectByKey(organizationId: $org, key: "WEB") { id } }',
      { org: org.id },
      ada.accessToken,
      [ErrorCode.NotFound],
    )
  )?.projectByKey;
  if (!project) {
    const created = await must<{ createProject: { project: { id: string } } }>(
      'mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }',
      {
        input: {
          organizationId: org.id,
          key: 'WEB',
          name: 'Website',
          description: 'The public website and its **CMS**.',
        },
      },
      ada.accessToken,
    );
    project = created!.createProject.project;
  }
  for (const [user, role] of [
    [grace, 'MEMBER'],
    [linus, 'VIEWER'],
  ] as const) {
    await must(
      'mutation($input: AddProjectMemberInput!) { addProjectMember(input: $input) { role } }',
      { input: { projectId: project.id, userId: user.user.id, role } },
      ada.accessToken,
      [ErrorCode.Conflict],
    );
  }
  const items = await seedWorkItems(project.id, ada.accessToken, grace.user.id);
  const sprints = await seedSprints(project.id, ada.accessToken, grace.user.id, items.ids);
  console.log(`Demo data ready at ${routerUrl}:
  organization "acme" with project WEB, ${items.ids.length} work items and ${sprints} sprints (one active)
  users (password "${demoPassword}"): ${demoUsers.map((u) => u.email).join(', ')}
  ada owns the organization and administers WEB; grace is a MEMBER and linus a VIEWER of WEB.`);
}

/** Labels by name, created when missing. */
async function ensureLabels(projectId: string, token: string, wanted: [string, string, string][]) {
  for (const [name, color, description] of wanted) {
    await must(
      'mutation($input: CreateLabelInput!) { createLabel(input: $input) { label { id } } }',
      { input: { projectId, name, color, description } },
      token,
      [ErrorCode.Conflict],
    );
  }
  const data = await must<{ project: { labels: { edges: { node: { id: string; name: string } }[] } } }>(
    'query($id: ID!) { project(id: $id) { labels(first: 100) { edges { node { id name } } } } }',
    { id: projectId },
    token,
  );
  return new Map(data!.project.labels.edges.map((e) => [e.node.name, e.node.id]));
}

/** A small epic with stories, a subtask, a bug and a blocking link; clientMutationId keeps re-runs from duplicating. */
async function seedWorkItems(projectId: string, token: string, graceId: string): Promise<{ ids: string[] }> {
  const labels = await ensureLabels(projectId, token, [
    ['frontend', '#2563eb', 'Work on the web client'],
    ['bug', '#dc2626', 'Something is broken'],
  ]);
  const created: string[] = [];
  const create = async (clientMutationId: string, input: Record<string, unknown>) => {
    const data = await must<{ createWorkItem: { workItem: { id: string } } }>(
      'mutation($input: CreateWorkItemInput!) { createWorkItem(input: $input) { workItem { id } } }',
      { input: { projectId, clientMutationId, ...input } },
      token,
    );
    created.push(data!.createWorkItem.workItem.id);
    return data!.createWorkItem.workItem.id;
  };
  const epic = await create('demo-epic-checkout', {
    type: 'EPIC',
    title: 'Launch the new checkout',
    description: 'A faster checkout with **saved cards** and delivery dates.',
    priority: 'HIGH',
  });
  const cards = await create('demo-story-cards', {
    type: 'STORY',
    title: 'Pay with a saved card',
    parentId: epic,
    assigneeId: graceId,
    estimate: 5,
    labelIds: [labels.get('frontend')],
  });
  const dates = await create('demo-story-dates', {
    type: 'STORY',
    title: 'Show delivery dates',
    parentId: epic,
    estimate: 3,
  });
  await create('demo-subtask-vault', { type: 'SUBTASK', title: 'Card vault API', parentId: cards, estimate: 2 });
  await create('demo-bug-zoom', {
    type: 'BUG',
    title: 'Checkout button hidden at 200% zoom',
    priority: 'URGENT',
    labelIds: [labels.get('bug'), labels.get('frontend')],
  });
  await must(
    'mutation($input: LinkWorkItemsInput!) { linkWorkItems(input: $input) { type } }',
    { input: { sourceId: cards, targetId: dates, type: 'BLOCKS' } },
    token,
    [ErrorCode.Conflict],
  );
  return { ids: created };
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * When the project has no sprint yet: an active two-week sprint from this week's Monday with the
 * stories and the bug, Grace's capacity, and the next sprint planned after it.
 */
async function seedSprints(projectId: string, token: string, graceId: string, itemIds: string[]): Promise<number> {
  const existing = await must<{ project: { sprints: { totalCount: number } } }>(
    'query($id: ID!) { project(id: $id) { sprints { totalCount } } }',
    { id: projectId },
    token,
  );
  if (existing!.project.sprints.totalCount > 0) return existing!.project.sprints.totalCount;
  const monday = new Date();
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  const day = (offset: number) => isoDay(new Date(monday.getTime() + offset * 86_400_000));
  const create = async (name: string, goal: string, start: number) => {
    const data = await must<{ createSprint: { sprint: { id: string } } }>(
      'mutation($input: CreateSprintInput!) { createSprint(input: $input) { sprint { id } } }',
      { input: { projectId, name, goal, startDate: day(start), endDate: day(start + 11) } },
      token,
    );
    return data!.createSprint.sprint.id;
  };
  const current = await create('Sprint 1', 'Saved cards in the checkout.', 0);
  await create('Sprint 2', 'Delivery dates.', 14);
  await must(
    'mutation($input: AddWorkItemsToSprintInput!) { addWorkItemsToSprint(input: $input) { sprint { id } } }',
    { input: { sprintId: current, workItemIds: itemIds.slice(1) } },
    token,
  );
  await must(
    'mutation($input: SetSprintCapacityInput!) { setSprintCapacity(input: $input) { sprint { id } } }',
    { input: { sprintId: current, members: [{ userId: graceId, pointsPerDay: 1.5, focusFactor: 0.8 }] } },
    token,
  );
  await must(
    'mutation($input: StartSprintInput!) { startSprint(input: $input) { sprint { id } } }',
    {
      input: { id: current },
    },
    token,
  );
  return 2;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(
      `Seeding failed (is the router running at ${routerUrl}?): ${error instanceof Error ? error.message : error}`,
    );
    process.exit(1);
  });
}
