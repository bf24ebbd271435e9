import { createProject, dataOf, errorOf, graphql, seedProjectTeam, useTestStack, type ProjectTeam } from '../testkit';

const stack = useTestStack();

const valueFields = `customFields {
  __typename field { id name }
  ... on TextFieldValue { text }
  ... on NumberFieldValue { number }
  ... on DateFieldValue { date }
  ... on SelectFieldValue { option }
  ... on MultiSelectFieldValue { options }
  ... on UserFieldValue { user { id } }
}`;

const ops = {
  field: `mutation($input: CreateCustomFieldInput!) { createCustomField(input: $input) { customField { id } } }`,
  create: `mutation($input: CreateWorkItemInput!) { createWorkItem(input: $input) { workItem { id version ${valueFields} } } }`,
  update: `mutation($input: UpdateWorkItemInput!) { updateWorkItem(input: $input) { workItem { id version ${valueFields} } } }`,
  history: `query($id: ID!) { workItem(id: $id) { history(first: 50) { edges { node { field oldValue newValue } } } } }`,
};

describe('custom field values', () => {
  let team: ProjectTeam;
  let token: string;
  let projectId: string;
  const f: Record<string, string> = {};

  async function field(input: Record<string, unknown>, project = projectId): Promise<string> {
    const res = await graphql(
      stack.routerUrl,
      ops.field,
      { input: { projectId: project, ...input } },
      { token: team.admin.token },
    );
    return dataOf(res).createCustomField.customField.id as string;
  }
  const create = (customFields: unknown[], extra: Record<string, unknown> = {}) =>
    graphql(
      stack.routerUrl,
      ops.create,
      { input: { projectId, type: 'TASK', title: 'Valued', customFields, ...extra } },
      { token },
    );

  beforeAll(async () => {
    team = await seedProjectTeam(stack);
    token = team.member.token;
    projectId = team.project.id;
    f.text = await field({ name: 'Notes', type: 'TEXT' });
    f.number = await field({ name: 'Cost', type: 'NUMBER' });
    f.date = await field({ name: 'Launch', type: 'DATE' });
    f.select = await field({ name: 'Size', type: 'SELECT', options: ['S', 'M', 'L'] });
    f.multi = await field({ name: 'Platforms', type: 'MULTI_SELECT', options: ['web', 'ios', 'android'] });
    f.user = await field({ name: 'Reviewer', type: 'USER' });
  });

  it('stores a value of every type and returns it typed, in field position order', async () => {
    const res = await create([
      { fieldId: f.user, userId: team.viewer.userId },
      { fieldId: f.multi, options: ['android', 'web', 'android'] },
      { fieldId: f.select, option: 'M' },
      { fieldId: f.date, date: '2027-05-01' },
      { fieldId: f.number, number: 12.5 },
      { fieldId: f.text, text: 'Mind the gap' },
    ]);
    expect(dataOf(res).createWorkItem.workItem.customFields).toEqual([
      { __typename: 'TextFieldValue', field: { id: f.text, name: 'Notes' }, text: 'Mind the gap' },
      { __typename: 'NumberFieldValue', field: { id: f.number, name: 'Cost' }, number: 12.5 },
      { __typename: 'DateFieldValue', field: { id: f.date, name: 'Launch' }, date: '2027-05-01' },
      { __typename: 'SelectFieldValue', field: { id: f.select, name: 'Size' }, option: 'M' },
      { __typename: 'MultiSelectFieldValue', field: { id: f.multi, name: 'Platforms' }, options: ['web', 'android'] },
      { __typename: 'UserFieldValue', field: { id: f.user, name: 'Reviewer' }, user: { id: team.viewer.userId } },
    ]);
  });

  it('sets and clears values on update, leaving unlisted fields alone, with one history entry per changed field', async () => {
    const item = dataOf(
      await create([
        { fieldId: f.text, text: 'one' },
        { fieldId: f.number, number: 1 },
      ]),
    ).createWorkItem.workItem;
    const res = await graphql(
      stack.routerUrl,
      ops.update,
      {
        input: {
          id: item.id,
          expectedVersion: 1,
          customFields: [{ fieldId: f.text }, { fieldId: f.select, option: 'L' }, { fieldId: f.number, number: 1 }],
        },
      },
      { token },
    );
    const updated = dataOf(res).updateWorkItem.workItem;
    expect(updated.version).toBe(2);
    expect(updated.customFields.map((v: { __typename: string }) => v.__typename)).toEqual([
      'NumberFieldValue',
      'SelectFieldValue',
    ]);
    const history = dataOf(
      await graphql(stack.routerUrl, ops.history, { id: item.id }, { token }),
    ).workItem.history.edges.map(
      (e: { node: { field: string; oldValue: string | null; newValue: string | null } }) => e.node,
    );
    const entries = history.filter((e: { field: string }) => e.field.startsWith('customField:'));
    // Entries of one change share their time: their order among themselves is not defined.
    expect(entries).toHaveLength(2);
    expect(entries).toEqual(
      expect.arrayContaining([
        { field: `customField:${f.text}`, oldValue: 'one', newValue: null },
        { field: `customField:${f.select}`, oldValue: null, newValue: 'L' },
      ]),
    );
  });

  it('names the bad custom field input', async () => {
    const otherProject = await createProject(stack, team.admin.token, team.organizationId);
    const foreignField = await field({ name: 'Elsewhere', type: 'TEXT' }, otherProject.id);
    const cases: [unknown[], string][] = [
      [[{ fieldId: 'junk', text: 'x' }], 'input.customFields.0.fieldId'],
      [[{ fieldId: foreignField, text: 'x' }], 'input.customFields.0.fieldId'],
      [
        [
          { fieldId: f.text, text: 'a' },
          { fieldId: f.text, text: 'b' },
        ],
        'input.customFields.1.fieldId',
      ],
      [[{ fieldId: f.text, text: 'x'.repeat(1001) }], 'input.customFields.0.text'],
      [[{ fieldId: f.number, text: '12' }], 'input.customFields.0.text'],
      [[{ fieldId: f.number, number: 1, option: 'S' }], 'input.customFields.0.option'],
      [[{ fieldId: f.select, option: 'XL' }], 'input.customFields.0.option'],
      [[{ fieldId: f.multi, options: ['web', 'blackberry'] }], 'input.customFields.0.options'],
      [[{ fieldId: f.user, userId: team.outsider.userId }], 'input.customFields.0.userId'],
      [[{ fieldId: f.user, userId: 'junk' }], 'input.customFields.0.userId'],
    ];
    for (const [customFields, field] of cases) {
      expect(errorOf(await create(customFields))).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('requires a value for every required field on create and refuses clearing one on update', async () => {
    const project = await createProject(stack, team.admin.token, team.organizationId);
    const required = await field(
      { name: 'Team', type: 'SELECT', options: ['core', 'edge'], required: true },
      project.id,
    );
    const admin = team.admin.token;
    const missing = await graphql(
      stack.routerUrl,
      ops.create,
      { input: { projectId: project.id, type: 'TASK', title: 'x' } },
      { token: admin },
    );
    expect(errorOf(missing)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.customFields' });
    expect(errorOf(missing).message).toMatch(/Team/);

    const item = dataOf(
      await graphql(
        stack.routerUrl,
        ops.create,
        {
          input: {
            projectId: project.id,
            type: 'TASK',
            title: 'x',
            customFields: [{ fieldId: required, option: 'core' }],
          },
        },
        { token: admin },
      ),
    ).createWorkItem.workItem;
    const cleared = await graphql(
      stack.routerUrl,
      ops.update,
      { input: { id: item.id, expectedVersion: 1, customFields: [{ fieldId: required }] } },
      { token: admin },
    );
    expect(errorOf(cleared)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.customFields.0.fieldId' });
  });

  it('treats an empty MULTI_SELECT choice as clearing the value', async () => {
    const item = dataOf(await create([{ fieldId: f.multi, options: ['ios'] }])).createWorkItem.workItem;
    expect(item.customFields).toEqual([expect.objectContaining({ options: ['ios'] })]);
    const res = await graphql(
      stack.routerUrl,
      ops.update,
      { input: { id: item.id, expectedVersion: 1, customFields: [{ fieldId: f.multi, options: [] }] } },
      { token },
    );
    expect(dataOf(res).updateWorkItem.workItem).toMatchObject({ version: 2, customFields: [] });
  });

  it('filters by custom field comparators and stores them in a saved view, which shows them back', async () => {
    const values = [
      [
        { fieldId: f.number, number: 1 },
        { fieldId: f.user, userId: team.member.userId },
      ],
      [
        { fieldId: f.number, number: 5 },
        { fieldId: f.multi, options: ['web', 'ios'] },
      ],
      [
        { fieldId: f.date, date: '2026-06-01' },
        { fieldId: f.multi, options: ['android'] },
      ],
    ];
    const keys: string[] = [];
    for (const customFields of values) {
      const item = dataOf(await create(customFields, { title: 'Compared' })).createWorkItem.workItem;
      keys.push(item.id as string);
    }
    const list = `query($id: ID!, $filter: WorkItemFilter) {
      project(id: $id) { workItems(filter: $filter) { nodes { id } } } }`;
    const matching = async (...customFields: unknown[]) => {
      const filter = { title: { eq: 'Compared' }, customFields };
      const res = await graphql(stack.routerUrl, list, { id: projectId, filter }, { token });
      return (dataOf(res).project.workItems.nodes as { id: string }[]).map((node) => keys.indexOf(node.id)).sort();
    };
    expect(await matching({ fieldId: f.number, numberValue: { gte: 2 } })).toEqual([1]);
    expect(await matching({ fieldId: f.number, numberValue: { neq: 5 } })).toEqual([0, 2]);
    expect(await matching({ fieldId: f.number, null: true })).toEqual([2]);
    expect(await matching({ fieldId: f.date, dateValue: { lt: '2026-07-01' } })).toEqual([2]);
    expect(await matching({ fieldId: f.multi, optionValue: { in: ['ios', 'android'] } })).toEqual([1, 2]);
    expect(await matching({ fieldId: f.multi, optionValue: { nin: ['web'] } })).toEqual([0, 2]);
    expect(await matching({ fieldId: f.user, userValue: { isMe: true } })).toEqual([0]);

    const save = `mutation($input: CreateSavedViewInput!) { createSavedView(input: $input) { savedView {
      filter { customFields { fieldId numberValue { gte lt } optionValue { nin } userValue { isMe } null } }
      workItems { nodes { id } } } } }`;
    const customFields = [
      { fieldId: f.number, numberValue: { gte: 0, lt: 3 } },
      { fieldId: f.multi, optionValue: { nin: ['android'] } },
      { fieldId: f.user, userValue: { isMe: true }, null: false },
    ];
    const res = await graphql(
      stack.routerUrl,
      save,
      { input: { projectId, name: 'Cheap and mine', filter: { title: { eq: 'Compared' }, customFields } } },
      { token },
    );
    const view = dataOf(res).createSavedView.savedView;
    expect(view.filter.customFields).toEqual([
      { fieldId: f.number, numberValue: { gte: 0, lt: 3 }, optionValue: null, userValue: null, null: null },
      { fieldId: f.multi, numberValue: null, optionValue: { nin: ['android'] }, userValue: null, null: null },
      { fieldId: f.user, numberValue: null, optionValue: null, userValue: { isMe: true }, null: false },
    ]);
    expect(view.workItems.nodes).toEqual([{ id: keys[0] }]);
  });

  it('names the bad custom field comparator', async () => {
    const list = `query($id: ID!, $filter: WorkItemFilter) { project(id: $id) { workItems(filter: $filter) { totalCount } } }`;
    const cases: [unknown, string][] = [
      [{ fieldId: f.number, dateValue: { gt: '2026-01-01' } }, 'filter.customFields.0.dateValue'],
      [{ fieldId: f.select, optionValue: { in: ['S', 'XL'] } }, 'filter.customFields.0.optionValue.in.1'],
      [{ fieldId: f.user, userValue: { eq: 'junk' } }, 'filter.customFields.0.userValue.eq'],
      [{ fieldId: f.text, textValue: { contains: 'x'.repeat(201) } }, 'filter.customFields.0.textValue.contains'],
      [{ fieldId: f.text, text: 'x', numberValue: { gt: 1 } }, 'filter.customFields.0.numberValue'],
      [{ fieldId: f.date }, 'filter.customFields.0.date'],
    ];
    for (const [condition, field] of cases) {
      const res = await graphql(
        stack.routerUrl,
        list,
        { id: projectId, filter: { customFields: [condition] } },
        { token },
      );
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});
