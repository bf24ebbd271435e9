import { randomUUID } from 'node:crypto';
import { toGlobalId } from '../../lib/ids';
import { subgraphRegistry, type NodeTypeName } from '../../subgraphs/registry';
import {
  createWorkItem,
  dataOf,
  graphql,
  seedProjectTeam,
  signUpUser,
  sqlStatementCount,
  untilNotificationsCaughtUp,
  untilSprintsCaughtUp,
  useTestStack,
  type TestUser,
  untilWorkItemReadModelsFollowed,
} from '../testkit';
import { createSprint } from '../sprints/support';
import { pngOf, startUpload, uploadFile } from '../files/support';
import { apiSchema, everyField, internalExtensions } from './support';

const stack = useTestStack();
const schema = apiSchema();

interface NodeCase {
  id: string;
  /** Someone who may see it. */
  seer: TestUser;
  /** People who may not: strangers, and those the object's own rule leaves out (nobody for a user). */
  hiddenFrom: TestUser[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- seeding reads arbitrary selections
async function run(token: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  return dataOf(await graphql(stack.routerUrl, query, variables, { token }));
}

/**
 * One object of every Node type, with someone who may see it and people who may not. Typed by the
 * registry: a Node type added there fails to compile here until it is seeded.
 */
async function seedOneOfEach(): Promise<Record<NodeTypeName, NodeCase>> {
  const team = await seedProjectTeam(stack);
  const { admin, member, viewer, outsider } = team;
  const stranger = await signUpUser(stack);
  const project = team.project.id;
  const item = await createWorkItem(stack, member.token, { projectId: project });
  const byMember = await run(
    member.token,
    `mutation ($item: ID!, $project: ID!) {
      addComment(input: { workItemId: $item, body: "Looks good." }) { comment { id } }
      logWork(input: { workItemId: $item, minutes: 30 }) { worklog { id } }
      createRelease(input: { projectId: $project, name: "1.0" }) { release { id } }
      createLabel(input: { projectId: $project, name: "ui", color: "#112233" }) { label { id } }
      createSavedView(input: { projectId: $project, name: "Mine" }) { savedView { id } }
      createApiToken(input: { name: "CI", scopes: ["users:read"] }) { apiToken { id } }
    }`,
    { item: item.id, project },
  );
  const byAdmin = await run(
    admin.token,
    `mutation ($project: ID!, $organization: ID!) {
      createCustomField(input: { projectId: $project, name: "Team", type: TEXT }) { customField { id } }
      createTeam(input: { organizationId: $organization, name: "Web" }) { team { id } }
      inviteOrganizationMember(input: { organizationId: $organization, email: "invitee@example.com", role: MEMBER }) {
        invitation { id }
      }
    }`,
    { project, organization: team.organizationId },
  );
  const reads = await run(
    member.token,
    `query ($item: ID!, $project: ID!) {
      workItem(id: $item) { history(first: 1) { edges { node { id } } } }
      project(id: $project) { workflow { states { id } transitions { id } } }
    }`,
    { item: item.id, project },
  );
  const sprint = await createSprint(stack, member.token, project);
  const { createDashboard } = await run(
    member.token,
    `mutation ($organization: ID!, $project: ID!) {
      createDashboard(input: { organizationId: $organization, name: "Flow", sharing: PROJECT, projectId: $project }) {
        dashboard { id }
      }
    }`,
    { organization: team.organizationId, project },
  );
  const { addDashboardWidget } = await run(
    member.token,
    `mutation ($dashboard: ID!, $project: ID!) {
      addDashboardWidget(input: { dashboardId: $dashboard, title: "WIP", metric: WIP, population: { projectId: $project } }) {
        widget { id }
      }
    }`,
    { dashboard: createDashboard.dashboard.id, project },
  );
  const attached = await uploadFile(stack, member.token, {
    target: item.id,
    fileName: 'screen.png',
    contentType: 'image/png',
    bytes: await pngOf(),
    altText: 'The board with two columns',
  });
  const pendingUpload = await startUpload(stack, member.token, {
    target: item.id,
    fileName: 'later.txt',
    contentType: 'text/plain',
    byteSize: 5,
  });
  const { upsertLinkAttachment } = await run(
    member.token,
    `mutation ($item: ID!) {
      upsertLinkAttachment(input: { target: $item, url: "https://example.com/pull/1", title: "Pull request #1" }) {
        linkAttachment { id }
      }
    }`,
    { item: item.id },
  );
  // The ping is refused by the outbound filter (a private address): its delivery exists all the same.
  const { createWebhookEndpoint } = await run(
    admin.token,
    `mutation ($organization: ID!) {
      createWebhookEndpoint(input: { organizationId: $organization, url: "https://10.0.0.1/hooks", eventTypes: ["work_item.created"] }) {
        endpoint { id }
      }
    }`,
    { organization: team.organizationId },
  );
  const { pingWebhookEndpoint } = await run(
    admin.token,
    `mutation ($endpoint: ID!) { pingWebhookEndpoint(input: { endpointId: $endpoint }) { delivery { id } } }`,
    { endpoint: createWebhookEndpoint.endpoint.id },
  );
  const { createVcsConnection } = await run(
    admin.token,
    `mutation ($organization: ID!) {
      createVcsConnection(input: { organizationId: $organization, provider: GITHUB, name: "acme" }) { connection { id } }
    }`,
    { organization: team.organizationId },
  );
  await untilNotificationsCaughtUp(stack);
  const inbox = await run(member.token, `{ notifications(first: 1) { edges { node { id } } } }`);
  const inProject = (id: string): NodeCase => ({ id, seer: viewer, hiddenFrom: [outsider, stranger] });
  return {
    User: { id: member.userId, seer: stranger, hiddenFrom: [] },
    Organization: { id: team.organizationId, seer: outsider, hiddenFrom: [stranger] },
    // The organization's OWNERs and ADMINs see its invitations, not its other members.
    OrganizationInvitation: {
      id: byAdmin.inviteOrganizationMember.invitation.id,
      seer: admin,
      hiddenFrom: [outsider, stranger],
    },
    Project: inProject(project),
    Team: { id: byAdmin.createTeam.team.id, seer: outsider, hiddenFrom: [stranger] },
    WorkItem: inProject(item.id),
    Comment: inProject(byMember.addComment.comment.id),
    Worklog: inProject(byMember.logWork.worklog.id),
    Release: inProject(byMember.createRelease.release.id),
    HistoryEntry: inProject(reads.workItem.history.edges[0].node.id),
    Label: inProject(byMember.createLabel.label.id),
    CustomField: inProject(byAdmin.createCustomField.customField.id),
    WorkflowState: inProject(reads.project.workflow.states[0].id),
    WorkflowTransition: inProject(reads.project.workflow.transitions[0].id),
    // Not shared: only its owner sees it, not even the project's ADMIN.
    SavedView: { id: byMember.createSavedView.savedView.id, seer: member, hiddenFrom: [admin, outsider, stranger] },
    // Only its owner: not the organization's ADMIN either.
    ApiToken: { id: byMember.createApiToken.apiToken.id, seer: member, hiddenFrom: [admin, stranger] },
    Sprint: inProject(sprint),
    Notification: { id: inbox.notifications.edges[0].node.id, seer: member, hiddenFrom: [viewer, stranger] },
    // Shared with the project: its viewer sees it; a member of the organization outside the project does not.
    Dashboard: inProject(createDashboard.dashboard.id),
    DashboardWidget: inProject(addDashboardWidget.widget.id),
    File: inProject(attached.file.id),
    FileVersion: inProject(attached.version.id),
    // An upload in flight is its uploader's credential to send bytes: nobody else sees it.
    FileUpload: { id: pendingUpload.id, seer: member, hiddenFrom: [admin, viewer, outsider, stranger] },
    LinkAttachment: inProject(upsertLinkAttachment.linkAttachment.id),
    // Only those who administer webhooks of the organization (or the project, for a project's).
    WebhookEndpoint: {
      id: createWebhookEndpoint.endpoint.id,
      seer: admin,
      hiddenFrom: [member, viewer, outsider, stranger],
    },
    WebhookDelivery: {
      id: pingWebhookEndpoint.delivery.id,
      seer: admin,
      hiddenFrom: [member, viewer, outsider, stranger],
    },
    // Only the organization's admins see its repository connections.
    VcsConnection: {
      id: createVcsConnection.connection.id,
      seer: admin,
      hiddenFrom: [member, viewer, outsider, stranger],
    },
  };
}

const nodeTypes = subgraphRegistry.flatMap((entry) => [...entry.nodeTypes]);
// Every signed-in person may look up any user (`Query.user`): there is nobody a user is hidden from.
const hiddenTypes = nodeTypes.filter((type) => type !== 'User');
const selections = (type: string) => [
  '__typename',
  'id',
  `id ... on ${type} { ${everyField(schema, type)} }`,
  `... on ${type} { ${everyField(schema, type)} }`,
];
const nodeQuery = (selection: string) => `query ($id: ID!) { node(id: $id) { ${selection} } }`;

describe('node(id)', () => {
  let cases: Record<NodeTypeName, NodeCase>;
  beforeAll(async () => {
    cases = await seedOneOfEach();
  }, 60_000);

  it('covers every Node type the registry lists', () => {
    expect(Object.keys(cases).sort()).toEqual([...nodeTypes].sort());
  });

  it.each(nodeTypes)('returns a %s, with every field, to someone who may see it', async (type) => {
    const { id, seer } = cases[type];
    for (const selection of selections(type)) {
      const response = await graphql(stack.routerUrl, nodeQuery(selection), { id }, { token: seer.token });
      expect(response.body.errors).toBeUndefined();
      expect(internalExtensions(response)).toEqual([]);
      const node = response.body.data?.node as Record<string, unknown>;
      if ('id' in node) expect(node.id).toBe(id);
      if ('__typename' in node) expect(node.__typename).toBe(type);
      expect(Object.keys(node).length).toBeGreaterThan(0);
    }
  });

  it.each(hiddenTypes)('returns null without errors to whoever may not see it: %s', async (type) => {
    const { id, hiddenFrom } = cases[type];
    expect(hiddenFrom.length).toBeGreaterThan(0);
    for (const person of hiddenFrom) {
      for (const selection of selections(type)) {
        const response = await graphql(stack.routerUrl, nodeQuery(selection), { id }, { token: person.token });
        expect(response.body.errors).toBeUndefined();
        expect(internalExtensions(response)).toEqual([]);
        expect(response.body.data).toEqual({ node: null });
      }
    }
  });

  it.each(nodeTypes)('returns null without errors for a well-formed %s ID of nothing', async (type) => {
    const { seer } = cases[type];
    const id = toGlobalId(type, randomUUID());
    for (const selection of selections(type)) {
      const response = await graphql(stack.routerUrl, nodeQuery(selection), { id }, { token: seer.token });
      expect(response.body.errors).toBeUndefined();
      expect(internalExtensions(response)).toEqual([]);
      expect(response.body.data).toEqual({ node: null });
    }
  });

  it('answers several nodes of several subgraphs in one request, each as its owner allows', async () => {
    const { Comment, Label, Sprint, Project, Organization } = cases;
    const outsider = Organization.seer;
    const response = await graphql(
      stack.routerUrl,
      `
        query ($a: ID!, $b: ID!, $c: ID!, $d: ID!, $e: ID!) {
          a: node(id: $a) {
            id
          }
          b: node(id: $b) {
            id
          }
          c: node(id: $c) {
            id
          }
          d: node(id: $d) {
            id
          }
          e: node(id: $e) {
            id
          }
        }
      `,
      { a: Comment.id, b: Label.id, c: Sprint.id, d: Project.id, e: Organization.id },
      { token: outsider.token },
    );
    expect(response.body.errors).toBeUndefined();
    expect(internalExtensions(response)).toEqual([]);
    expect(response.body.data).toEqual({ a: null, b: null, c: null, d: null, e: { id: Organization.id } });
    const asViewer = await graphql(
      stack.routerUrl,
      `
        query ($a: ID!, $b: ID!, $c: ID!) {
          a: node(id: $a) {
            id
          }
          b: node(id: $b) {
            id
          }
          c: node(id: $c) {
            id
          }
        }
      `,
      { a: Comment.id, b: Label.id, c: Sprint.id },
      { token: Comment.seer.token },
    );
    expect(dataOf(asViewer)).toEqual({ a: { id: Comment.id }, b: { id: Label.id }, c: { id: Sprint.id } });
  });
});

describe('node(id) of many objects of one subgraph', () => {
  async function itemsWithComments(count: number) {
    const { project, member } = await seedProjectTeam(stack);
    const ids: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const item = await createWorkItem(stack, member.token, { projectId: project.id });
      const { addComment } = await run(
        member.token,
        `mutation ($item: ID!) { addComment(input: { workItemId: $item, body: "Seen." }) { comment { id } } }`,
        { item: item.id },
      );
      ids.push(item.id, addComment.comment.id);
    }
    return { member, ids };
  }

  /** The work-items SQL statements of one request for `node` of each ID. */
  async function statementsFor(member: TestUser, ids: string[]): Promise<number> {
    await untilSprintsCaughtUp(stack);
    await untilNotificationsCaughtUp(stack);
    const aliases = ids.map((_id, index) => `n${index}: node(id: $n${index}) { id }`).join(' ');
    const declared = ids.map((_id, index) => `$n${index}: ID!`).join(', ');
    const variables = Object.fromEntries(ids.map((id, index) => [`n${index}`, id]));
    await untilWorkItemReadModelsFollowed(stack);
    const before = sqlStatementCount('work_items');
    const data = await run(member.token, `query (${declared}) { ${aliases} }`, variables);
    const statements = sqlStatementCount('work_items') - before;
    expect(Object.values(data)).toEqual(ids.map((id) => ({ id })));
    return statements;
  }

  it('checks twelve items and comments in as many SQL statements as two', async () => {
    const one = await itemsWithComments(1);
    const six = await itemsWithComments(6);
    expect(await statementsFor(six.member, six.ids)).toBe(await statementsFor(one.member, one.ids));
  });
});
