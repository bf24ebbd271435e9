import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { defaultLimits } from '../../router/config';
import { analyzeCost } from '../../router/limits/cost';
import { costModelOf } from '../../router/limits/cost-model';
import { supergraphSdlPath } from '../../scripts/start-supergraph';

const sdl = readFileSync(supergraphSdlPath, 'utf8');
const schema = Supergraph.build(sdl).apiSchema().toGraphQLJSSchema();
const model = costModelOf(sdl);

/** The estimate the router answers for a query sent without variables (connections at their defaults). */
function estimate(query: string): number {
  const document = parse(query);
  expect(validate(schema, document)).toEqual([]);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  )!;
  return analyzeCost(schema, model, document, operation, {}, defaultLimits).cost;
}

const board = (card: string) => `query Board($id: ID!, $filter: WorkItemFilter) {
  project(id: $id) {
    board(filter: $filter) {
      columns {
        state { name category }
        items(first: 20) { totalCount edges { cursor node { ${card} } } }
      }
    }
  }
}`;

const relationsDeep = (depth: number): string =>
  depth === 0 ? '{ key title }' : `{ key title relations { type workItem ${relationsDeep(depth - 1)} } }`;

/** What clients' screens ask for, by the names router/README.md gives them in its table of estimates. */
const realistic: Record<string, string> = {
  'board as in the docs: 30 columns of 20 cards': board('key title'),
  'board, cards with assignee': board('key title assignee { id name }'),
  'board, cards with assignee and labels': board('key title assignee { id name } labels { id name color }'),
  'work item page': `query WorkItemPage($id: ID!) {
    workItem(id: $id) {
      id key type title description priority estimate dueDate version isBlocked viewerIsWatching createdAt updatedAt
      state { id name category }
      assignee { id name }
      reporter { id name }
      labels { id name color }
      parent { key title }
      ancestors { key title }
      sprint { id name state }
      project { id key name }
      progress { totalItems doneItems totalPoints donePoints }
      customFields { field { id name type } ... on TextFieldValue { text } ... on MultiSelectFieldValue { options } }
      children(first: 20) { totalCount edges { node { key title state { name } assignee { name } } } }
      relations { type workItem { key title state { name category } } }
      comments(first: 20) { totalCount edges { node { id body createdAt edited author { id name } } } }
    }
  }`,
  'sprint page': `query SprintPage($id: ID!) {
    sprint(id: $id) {
      name goal state startDate endDate committedPoints completedPoints remainingPoints overcommitted
      scopeChange {
        addedPoints removedPoints
        changes(first: 20) { edges { node { kind points at workItem { key } actor { name } } } }
      }
      capacity { points members { user { name } availableDays points } }
      burndown { date remainingPoints idealRemainingPoints }
      burnup { date scopePoints completedPoints }
      workItems(first: 50) {
        totalCount
        edges { outcome node { key title estimate state { name category } assignee { name } } }
      }
    }
  }`,
  'workflow editor as in the docs': `query FlowWorkflow($id: ID!) {
    project(id: $id) {
      workflow {
        states { id name category color position }
        transitions { from { name } to { name } requiredFields minimumRole }
        initialState { name }
      }
      hierarchyRules { allowedChildren { parentType childTypes } maxDepth }
    }
  }`,
  'bulk update payload as in the docs': `mutation BulkFinishItems($input: BulkUpdateWorkItemsInput!) {
    bulkUpdateWorkItems(input: $input) { workItems { key priority version state { name } } }
  }`,
  'saved views': `query SavedViews($id: ID!) {
    project(id: $id) {
      savedViews(first: 20) {
        totalCount
        edges { node { id name shared owner { name } filter { types labelIds search } orderBy { field direction } } }
      }
    }
  }`,
  'relations two deep': `query Related($id: ID!) { workItem(id: $id) ${relationsDeep(2)} }`,
};

const refused: Record<string, string> = {
  'relations three deep': `query Related($id: ID!) { workItem(id: $id) ${relationsDeep(3)} }`,
  "relations four deep (the issue's query)": `query Related($id: ID!) { workItem(id: $id) ${relationsDeep(4)} }`,
};

/** The GraphQL examples of the API guide (docs/api.md and its chapters) and the error each expects. */
function guideExamples(): { name: string; query: string; expect: string | null }[] {
  const docs = path.resolve(__dirname, '../../docs');
  const files = readdirSync(docs, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'));
  return files.flatMap((file) =>
    [
      ...readFileSync(path.join(docs, file), 'utf8').matchAll(/<!-- example: ([^>]*) -->\s*```graphql\n([\s\S]*?)```/g),
    ].map((match) => ({
      name: `${file}: ${/(?:query|mutation|subscription)\s+(\w+)/.exec(match[2]!)?.[1]}`,
      query: match[2]!,
      expect: /expect=(\S+)/.exec(match[1]!)?.[1] ?? null,
    })),
  );
}

describe('the default cost limit', () => {
  it('fits every realistic query with room to spare: twice its estimate is within the limit', () => {
    const over = Object.entries(realistic)
      .map(([name, query]) => ({ name, estimate: estimate(query) }))
      .filter((query) => 2 * query.estimate > defaultLimits.maxCost);
    expect(over).toEqual([]);
  });

  it('fits every example of the API guide with room to spare, but the one shown refused', () => {
    const examples = guideExamples();
    expect(examples.length).toBeGreaterThan(100);
    const over = examples
      .map((example) => ({ ...example, estimate: estimate(example.query) }))
      .filter((example) => 2 * example.estimate > defaultLimits.maxCost)
      .map((example) => ({
        name: example.name,
        expect: example.expect,
        refused: example.estimate > defaultLimits.maxCost,
      }));
    expect(over).toEqual([{ name: 'api.md: EveryProjectsItems', expect: 'GRAPHQL_VALIDATION_FAILED', refused: true }]);
  });

  it('refuses relations three deep', () => {
    for (const query of Object.values(refused)) expect(estimate(query)).toBeGreaterThan(defaultLimits.maxCost);
  });

  it('is what router/README.md says, with the estimates its table shows', () => {
    const readme = readFileSync(path.resolve(__dirname, '../../router/README.md'), 'utf8');
    const shown = Object.fromEntries(
      [...readme.matchAll(/^\| ([^|]+?) +\| +([\d,]+) +\|$/gm)].map((row) => [
        row[1]!,
        Number(row[2]!.replace(/,/g, '')),
      ]),
    );
    const computed = Object.fromEntries(
      Object.entries({ ...realistic, ...refused }).map(([name, query]) => [name, estimate(query)]),
    );
    expect(shown).toEqual(computed);
    expect(readme).toMatch(
      new RegExp(
        `\\| estimated worst-case cost \\(below\\), answered in \`extensions\\.cost\` +\\| ${defaultLimits.maxCost} `,
      ),
    );
  });
});

describe('the nodes shortcut', () => {
  it('costs what the same items cost through edges, and both together count each once per item', () => {
    const list = (selection: string) =>
      `query($id: ID!) { project(id: $id) { workItems(first: 30) { ${selection} } } }`;
    const viaEdges = estimate(list('edges { node { key assignee { name } } }'));
    const viaNodes = estimate(list('nodes { key assignee { name } }'));
    const both = estimate(list('edges { node { key assignee { name } } } nodes { key assignee { name } }'));
    expect(viaNodes).toBe(viaEdges - 30);
    expect(both).toBe(viaEdges + viaNodes - estimate(list('totalCount')));
  });
});
