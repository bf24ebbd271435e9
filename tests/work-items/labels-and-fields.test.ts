import { createWorkItem, dataOf, errorOf, graphql, seedProjectTeam, useTestStack, type ProjectTeam } from '../testkit';

const stack = useTestStack();

const run = (query: string, variables: Record<string, unknown>, token: string) =>
  graphql(stack.routerUrl, query, variables, { token });

const createLabel = `mutation ($input: CreateLabelInput!) { createLabel(input: $input) { label { id name color description } } }`;
const updateLabel = `mutation ($input: UpdateLabelInput!) { updateLabel(input: $input) { label { id name color description } } }`;
const deleteLabel = `mutation ($input: DeleteLabelInput!) { deleteLabel(input: $input) { deletedLabelId } }`;
const labelsQuery = `query ($id: ID!, $first: Int, $after: String) {
  workItem(id: $id) { project { labels(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } }
  } } }
}`;
const itemQuery = `query ($id: ID!) {
  workItem(id: $id) {
    version
    labels { id }
    customFields { field { id } }
    history(first: 100) { edges { node { field oldValue newValue actor { id } } } }
  }
}`;

const fieldSelection = 'id name description type required options position';
const createField = `mutation ($input: CreateCustomFieldInput!) { createCustomField(input: $input) { customField { ${fieldSelection} } } }`;
const updateField = `mutation ($input: UpdateCustomFieldInput!) { updateCustomField(input: $input) { customField { ${fieldSelection} } } }`;
const deleteField = `mutation ($input: DeleteCustomFieldInput!) { deleteCustomField(input: $input) { deletedCustomFieldId } }`;
const fieldsQuery = `query ($id: ID!) { workItem(id: $id) { project { customFields { id name position } } } }`;

interface HistoryNode {
  field: string;
  oldValue: string | null;
  newValue: string | null;
  actor: { id: string };
}

async function label(team: ProjectTeam, name: string, extra: Record<string, unknown> = {}) {
  const input = { projectId: team.project.id, name, color: '#123456', ...extra };
  return dataOf(await run(createLabel, { input }, team.member.token)).createLabel.label as { id: string; name: string };
}

async function field(team: ProjectTeam, input: Record<string, unknown>) {
  const res = await run(createField, { input: { projectId: team.project.id, ...input } }, team.admin.token);
  return dataOf(res).createCustomField.customField as { id: string; name: string; position: number };
}

async function item(team: ProjectTeam, input: Record<string, unknown> = {}) {
  return createWorkItem(stack, team.member.token, { projectId: team.project.id, ...input });
}

async function itemState(token: string, id: string) {
  const workItem = dataOf(await run(itemQuery, { id }, token)).workItem;
  return {
    version: workItem.version as number,
    labels: (workItem.labels as { id: string }[]).map((l) => l.id),
    fields: (workItem.customFields as { field: { id: string } }[]).map((v) => v.field.id),
    history: (workItem.history.edges as { node: HistoryNode }[]).map((e) => e.node),
  };
}

describe('labels', () => {
  test('a MEMBER creates a label: name trimmed, colour lowercased, description kept', async () => {
    const team = await seedProjectTeam(stack);
    const created = await label(team, '  bug ', { color: '#ABCDEF', description: 'Something is broken' });
    expect(created).toMatchObject({ name: 'bug', color: '#abcdef', description: 'Something is broken' });
  });

  test('Project.labels lists labels in name order with stable cursors', async () => {
    const team = await seedProjectTeam(stack);
    const anItem = await item(team);
    for (const name of ['charlie', 'alpha', 'delta', 'bravo']) await label(team, name);
    const page1 = dataOf(await run(labelsQuery, { id: anItem.id, first: 2 }, team.viewer.token)).workItem.project
      .labels;
    expect(page1.totalCount).toBe(4);
    expect(page1.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['alpha', 'bravo']);
    await label(team, 'aardvark'); // sorts before the cursor: the next page is unaffected
    const page2 = dataOf(
      await run(labelsQuery, { id: anItem.id, first: 2, after: page1.pageInfo.endCursor }, team.viewer.token),
    ).workItem.project.labels;
    expect(page2.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['charlie', 'delta']);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const bad = await run(labelsQuery, { id: anItem.id, after: 'garbage' }, team.viewer.token);
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  test('a label name already used in the project is a CONFLICT on input.name, on create and on rename', async () => {
    const team = await seedProjectTeam(stack);
    await label(team, 'bug');
    const other = await label(team, 'feature');
    const dup = await run(
      createLabel,
      { input: { projectId: team.project.id, name: 'bug', color: '#000000' } },
      team.member.token,
    );
    expect(errorOf(dup)).toMatchObject({ code: 'CONFLICT', field: 'input.name' });
    const rename = await run(updateLabel, { input: { id: other.id, name: ' bug ' } }, team.member.token);
    expect(errorOf(rename)).toMatchObject({ code: 'CONFLICT', field: 'input.name' });
  });

  test('updateLabel changes only the fields given', async () => {
    const team = await seedProjectTeam(stack);
    const created = await label(team, 'ui', { description: 'User interface' });
    const res = await run(updateLabel, { input: { id: created.id, color: '#FF0000' } }, team.member.token);
    expect(dataOf(res).updateLabel.label).toEqual({
      id: created.id,
      name: 'ui',
      color: '#ff0000',
      description: 'User interface',
    });
  });

  test.each([
    ['a blank name', { name: '  ' }, 'input.name'],
    ['a 51-character name', { name: 'x'.repeat(51) }, 'input.name'],
    ['a colour that is not #rrggbb', { color: 'red' }, 'input.color'],
    ['a short colour', { color: '#abc' }, 'input.color'],
    ['a 501-character description', { description: 'x'.repeat(501) }, 'input.description'],
    ['a malformed project ID', { projectId: 'x' }, 'input.projectId'],
  ])('createLabel with %s is BAD_USER_INPUT naming the field', async (_case, override, fieldPath) => {
    const team = await seedProjectTeam(stack);
    const input = { projectId: team.project.id, name: 'ok', color: '#000000', ...override };
    expect(errorOf(await run(createLabel, { input }, team.member.token))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: fieldPath,
    });
  });

  test.each([
    ['a blank name', { name: '' }, 'input.name'],
    ['a bad colour', { color: '#12345g' }, 'input.color'],
    ['a 501-character description', { description: 'x'.repeat(501) }, 'input.description'],
    ['a malformed ID', { id: 'x' }, 'input.id'],
  ])('updateLabel with %s is BAD_USER_INPUT naming the field', async (_case, override, fieldPath) => {
    const team = await seedProjectTeam(stack);
    const created = await label(team, 'ok');
    const res = await run(updateLabel, { input: { id: created.id, ...override } }, team.member.token);
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: fieldPath });
  });

  test('a VIEWER cannot create or change labels; only an ADMIN deletes them; outsiders get NOT_FOUND', async () => {
    const team = await seedProjectTeam(stack);
    const created = await label(team, 'bug');
    const input = { projectId: team.project.id, name: 'x', color: '#000000' };
    expect(errorOf(await run(createLabel, { input }, team.viewer.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await run(createLabel, { input }, team.outsider.token)).code).toBe('NOT_FOUND');
    const rename = { input: { id: created.id, name: 'y' } };
    expect(errorOf(await run(updateLabel, rename, team.viewer.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await run(updateLabel, rename, team.outsider.token)).code).toBe('NOT_FOUND');
    const del = { input: { id: created.id } };
    expect(errorOf(await run(deleteLabel, del, team.member.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await run(deleteLabel, del, team.outsider.token)).code).toBe('NOT_FOUND');
    expect(errorOf(await run(deleteLabel, { input: { id: 'x' } }, team.admin.token))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.id',
    });
  });

  test('deleting a label removes it from its items with a labels history entry and a new version each', async () => {
    const team = await seedProjectTeam(stack);
    const bug = await label(team, 'bug');
    const ui = await label(team, 'ui');
    const both = await item(team, { labelIds: [ui.id, bug.id] });
    const onlyBug = await item(team, { labelIds: [bug.id] });
    const untouched = await item(team, { labelIds: [ui.id] });
    const res = await run(deleteLabel, { input: { id: bug.id } }, team.admin.token);
    expect(dataOf(res).deleteLabel).toEqual({ deletedLabelId: bug.id });

    const afterBoth = await itemState(team.member.token, both.id);
    expect(afterBoth.version).toBe(both.version + 1);
    expect(afterBoth.labels).toEqual([ui.id]);
    expect(afterBoth.history.at(-1)).toEqual({
      field: 'labels',
      oldValue: `${bug.id}, ${ui.id}`,
      newValue: ui.id,
      actor: { id: team.admin.userId },
    });
    const afterOnly = await itemState(team.member.token, onlyBug.id);
    expect(afterOnly.version).toBe(onlyBug.version + 1);
    expect(afterOnly.labels).toEqual([]);
    expect(afterOnly.history.at(-1)).toMatchObject({ field: 'labels', oldValue: bug.id, newValue: null });
    const afterUntouched = await itemState(team.member.token, untouched.id);
    expect(afterUntouched.version).toBe(untouched.version);
    expect(afterUntouched.history.filter((h) => h.field === 'labels')).toEqual([]);

    expect(errorOf(await run(deleteLabel, { input: { id: bug.id } }, team.admin.token)).code).toBe('NOT_FOUND');
  });
});

describe('custom fields', () => {
  test('an ADMIN creates fields, appended in position order, options trimmed', async () => {
    const team = await seedProjectTeam(stack);
    const team1 = await field(team, { name: ' Team ', type: 'SELECT', options: [' Web ', 'Mobile'], required: true });
    const impact = await field(team, { name: 'Impact', type: 'NUMBER', description: 'Customers affected' });
    expect(team1).toMatchObject({
      name: 'Team',
      type: 'SELECT',
      required: true,
      options: ['Web', 'Mobile'],
      position: 0,
    });
    expect(impact).toMatchObject({
      type: 'NUMBER',
      required: false,
      options: [],
      position: 1,
      description: 'Customers affected',
    });
    const anItem = await item(team, { customFields: [{ fieldId: team1.id, option: 'Web' }] });
    const fields = dataOf(await run(fieldsQuery, { id: anItem.id }, team.viewer.token)).workItem.project.customFields;
    expect(fields).toEqual([
      { id: team1.id, name: 'Team', position: 0 },
      { id: impact.id, name: 'Impact', position: 1 },
    ]);
  });

  test('a field name already used in the project is a CONFLICT on input.name', async () => {
    const team = await seedProjectTeam(stack);
    await field(team, { name: 'Team', type: 'TEXT' });
    const other = await field(team, { name: 'Other', type: 'TEXT' });
    const dup = await run(
      createField,
      { input: { projectId: team.project.id, name: 'Team', type: 'DATE' } },
      team.admin.token,
    );
    expect(errorOf(dup)).toMatchObject({ code: 'CONFLICT', field: 'input.name' });
    const rename = await run(updateField, { input: { id: other.id, name: 'Team' } }, team.admin.token);
    expect(errorOf(rename)).toMatchObject({ code: 'CONFLICT', field: 'input.name' });
  });

  test('a project has at most 50 custom fields (CONFLICT)', async () => {
    const team = await seedProjectTeam(stack);
    // Two documents of 25 aliased mutations (the router allows 30 aliases per document).
    for (const batch of [0, 1]) {
      const fields = Array.from({ length: 25 }, (_, i) => i + batch * 25).map(
        (i) =>
          `f${i}: createCustomField(input: { projectId: $p, name: "F${i}", type: TEXT }) { customField { position } }`,
      );
      dataOf(await run(`mutation ($p: ID!) { ${fields.join('\n')} }`, { p: team.project.id }, team.admin.token));
    }
    const res = await run(
      createField,
      { input: { projectId: team.project.id, name: 'One too many', type: 'TEXT' } },
      team.admin.token,
    );
    expect(errorOf(res).code).toBe('CONFLICT');
  });

  test.each([
    ['a blank name', { name: ' ' }, 'input.name'],
    ['a 51-character name', { name: 'x'.repeat(51) }, 'input.name'],
    ['a 501-character description', { description: 'x'.repeat(501) }, 'input.description'],
    ['options on a TEXT field', { type: 'TEXT', options: ['a'] }, 'input.options'],
    ['a SELECT field without options', { type: 'SELECT', options: undefined }, 'input.options'],
    ['an empty option list', { options: [] }, 'input.options'],
    ['a repeated option', { options: ['a', 'b', ' a'] }, 'input.options.2'],
    ['a blank option', { options: ['a', ''] }, 'input.options.1'],
    ['a 101-character option', { options: ['x'.repeat(101)] }, 'input.options.0'],
    ['101 options', { options: Array.from({ length: 101 }, (_, i) => `o${i}`) }, 'input.options'],
    ['a malformed project ID', { projectId: 'x' }, 'input.projectId'],
  ])('createCustomField with %s is BAD_USER_INPUT naming the field', async (_case, override, fieldPath) => {
    const team = await seedProjectTeam(stack);
    const input = { projectId: team.project.id, name: 'Kind', type: 'SELECT', options: ['a', 'b'], ...override };
    expect(errorOf(await run(createField, { input }, team.admin.token))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: fieldPath,
    });
  });

  test('only an ADMIN manages custom fields; outsiders get NOT_FOUND', async () => {
    const team = await seedProjectTeam(stack);
    const created = await field(team, { name: 'Team', type: 'TEXT' });
    const input = { projectId: team.project.id, name: 'X', type: 'TEXT' };
    expect(errorOf(await run(createField, { input }, team.member.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await run(createField, { input }, team.outsider.token)).code).toBe('NOT_FOUND');
    const change = { input: { id: created.id, name: 'Y' } };
    expect(errorOf(await run(updateField, change, team.member.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await run(updateField, change, team.outsider.token)).code).toBe('NOT_FOUND');
    expect(errorOf(await run(deleteField, { input: { id: created.id } }, team.member.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await run(deleteField, { input: { id: created.id } }, team.outsider.token)).code).toBe('NOT_FOUND');
  });

  test('updateCustomField changes name, description, requiredness and unused options', async () => {
    const team = await seedProjectTeam(stack);
    const created = await field(team, { name: 'Size', type: 'MULTI_SELECT', options: ['S', 'M', 'L'] });
    const res = await run(
      updateField,
      {
        input: {
          id: created.id,
          name: 'T-shirt size',
          description: 'Rough size',
          required: true,
          options: ['XS', 'S', 'M'],
        },
      },
      team.admin.token,
    );
    expect(dataOf(res).updateCustomField.customField).toMatchObject({
      name: 'T-shirt size',
      description: 'Rough size',
      required: true,
      options: ['XS', 'S', 'M'],
      type: 'MULTI_SELECT',
    });
  });

  test('dropping an option an item still uses is a CONFLICT naming it; the field stays as it was', async () => {
    const team = await seedProjectTeam(stack);
    const single = await field(team, { name: 'Team', type: 'SELECT', options: ['Web', 'Mobile', 'Data'] });
    const multi = await field(team, { name: 'Areas', type: 'MULTI_SELECT', options: ['UI', 'API', 'DB'] });
    await item(team, {
      customFields: [
        { fieldId: single.id, option: 'Web' },
        { fieldId: multi.id, options: ['UI', 'API'] },
      ],
    });
    const dropWeb = await run(updateField, { input: { id: single.id, options: ['Mobile'] } }, team.admin.token);
    expect(errorOf(dropWeb)).toMatchObject({ code: 'CONFLICT', field: 'input.options' });
    expect(errorOf(dropWeb).message).toContain('Web');
    const dropApi = await run(updateField, { input: { id: multi.id, options: ['UI', 'DB'] } }, team.admin.token);
    expect(errorOf(dropApi)).toMatchObject({ code: 'CONFLICT', field: 'input.options' });
    // Unused options go freely.
    const dropUnused = await run(
      updateField,
      { input: { id: single.id, options: ['Web', 'Mobile'] } },
      team.admin.token,
    );
    expect(dataOf(dropUnused).updateCustomField.customField.options).toEqual(['Web', 'Mobile']);
    const dropDb = await run(updateField, { input: { id: multi.id, options: ['API', 'UI'] } }, team.admin.token);
    expect(dataOf(dropDb).updateCustomField.customField.options).toEqual(['API', 'UI']);
  });

  test('moving a field keeps positions contiguous; deleting one closes the gap', async () => {
    const team = await seedProjectTeam(stack);
    const [a, b, c, d] = [
      await field(team, { name: 'A', type: 'TEXT' }),
      await field(team, { name: 'B', type: 'TEXT' }),
      await field(team, { name: 'C', type: 'TEXT' }),
      await field(team, { name: 'D', type: 'TEXT' }),
    ];
    const anItem = await item(team);
    const names = async () =>
      (
        dataOf(await run(fieldsQuery, { id: anItem.id }, team.admin.token)).workItem.project.customFields as {
          name: string;
          position: number;
        }[]
      ).map((f) => `${f.position}:${f.name}`);
    dataOf(await run(updateField, { input: { id: d?.id, position: 0 } }, team.admin.token));
    expect(await names()).toEqual(['0:D', '1:A', '2:B', '3:C']);
    dataOf(await run(updateField, { input: { id: a?.id, position: 3 } }, team.admin.token));
    expect(await names()).toEqual(['0:D', '1:B', '2:C', '3:A']);
    dataOf(await run(deleteField, { input: { id: b?.id } }, team.admin.token));
    expect(await names()).toEqual(['0:D', '1:C', '2:A']);
    const tooFar = await run(updateField, { input: { id: c?.id, position: 3 } }, team.admin.token);
    expect(errorOf(tooFar)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.position' });
  });

  test.each([
    ['a blank name', { name: '' }, 'input.name'],
    ['a 501-character description', { description: 'x'.repeat(501) }, 'input.description'],
    ['options on a NUMBER field', { options: ['1'] }, 'input.options'],
    ['a negative position', { position: -1 }, 'input.position'],
    ['a malformed ID', { id: 'x' }, 'input.id'],
  ])('updateCustomField with %s is BAD_USER_INPUT naming the field', async (_case, override, fieldPath) => {
    const team = await seedProjectTeam(stack);
    const created = await field(team, { name: 'Points', type: 'NUMBER' });
    const res = await run(updateField, { input: { id: created.id, ...override } }, team.admin.token);
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: fieldPath });
  });

  test('deleting a field removes its value from every item, with a history entry and a new version each', async () => {
    const team = await seedProjectTeam(stack);
    const teamField = await field(team, { name: 'Team', type: 'SELECT', options: ['Web', 'Mobile'] });
    const other = await field(team, { name: 'Note', type: 'TEXT' });
    const withValue = await item(team, {
      customFields: [
        { fieldId: teamField.id, option: 'Mobile' },
        { fieldId: other.id, text: 'keep me' },
      ],
    });
    const without = await item(team, { customFields: [{ fieldId: other.id, text: 'only a note' }] });
    const res = await run(deleteField, { input: { id: teamField.id } }, team.admin.token);
    expect(dataOf(res).deleteCustomField).toEqual({ deletedCustomFieldId: teamField.id });

    const after = await itemState(team.member.token, withValue.id);
    expect(after.version).toBe(withValue.version + 1);
    expect(after.fields).toEqual([other.id]);
    expect(after.history.at(-1)).toEqual({
      field: `customField:${teamField.id}`,
      oldValue: 'Mobile',
      newValue: null,
      actor: { id: team.admin.userId },
    });
    const untouched = await itemState(team.member.token, without.id);
    expect(untouched.version).toBe(without.version);
    expect(errorOf(await run(deleteField, { input: { id: teamField.id } }, team.admin.token)).code).toBe('NOT_FOUND');
    expect(errorOf(await run(deleteField, { input: { id: 'x' } }, team.admin.token))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.id',
    });
  });
});
