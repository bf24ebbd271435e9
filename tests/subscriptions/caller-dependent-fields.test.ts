import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isLeafType,
  isObjectType,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { callerDependentFields } from '../../router/subscriptions/caller-dependent';
import { apiSchema } from '../node/support';
import { generatedSelection, pageArgumentsOf } from '../testkit/selections';
import {
  graphql,
  seedItemReadersSeeDifferently,
  useTestStack,
  type CreatedWorkItem,
  type ProjectTeam,
} from '../testkit';

const stack = useTestStack();
const schema = apiSchema();
const marked = callerDependentFields(readFileSync(path.resolve(__dirname, '../../schema/supergraph.graphql'), 'utf8'));

/** Each leaf of an answer by its path; errors by the path they name. */
function leaves(value: unknown, at: string[] = [], into = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) {
    into.set([...at, '#length'].join('.'), String(value.length));
    value.forEach((entry, index) => leaves(entry, [...at, String(index)], into));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, entry] of Object.entries(value)) leaves(entry, [...at, key], into);
  } else {
    into.set(at.join('.'), JSON.stringify(value));
  }
  return into;
}

/** `Type.field` of each field along a response path from `root` (list indexes skipped). */
function coordinatesOf(schema: GraphQLSchema, root: GraphQLCompositeType, responsePath: string[]): string[][] {
  const coordinates: string[][] = [];
  let type: GraphQLCompositeType | null = root;
  for (const key of responsePath) {
    if (!type || /^\d+$/.test(key) || key === '#length' || key === '__typename') continue;
    const types: GraphQLCompositeType[] = isAbstractType(type) ? [type, ...schema.getPossibleTypes(type)] : [type];
    coordinates.push(types.map((candidate) => `${candidate.name}.${key}`));
    const field: GraphQLField<unknown, unknown> | undefined =
      isObjectType(type) || isInterfaceType(type) ? type.getFields()[key] : undefined;
    const named: GraphQLNamedType | null = field ? getNamedType(field.type) : null;
    type = named && !isLeafType(named) ? (named as GraphQLCompositeType) : null;
  }
  return coordinates;
}

describe('@callerDependent', () => {
  let team: ProjectTeam;
  let item: CreatedWorkItem;

  beforeAll(async () => {
    ({ team, item } = await seedItemReadersSeeDifferently(stack, 'Probed card'));
  });

  it('marks every field reachable from a live work item that answers two readers of its project differently', async () => {
    const workItemType = schema.getType('WorkItem') as GraphQLCompositeType;
    const readers = [team.admin, team.member, team.viewer];
    const unmarked = new Set<string>();
    let differing = 0;
    for (const field of Object.values(
      (workItemType as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields(),
    )) {
      if (pageArgumentsOf(field) === null) continue;
      // Each field of the item on its own, three object levels deep below it.
      const selection = generatedSelection(workItemType, {
        levels: 4,
        maxNesting: 9,
        pick: (candidate) => candidate === field,
      });
      const query = `query ($id: ID!) { workItem(id: $id) { ${selection} } }`;
      const answers = await Promise.all(
        readers.map(async (reader) => {
          const res = await graphql(stack.routerUrl, query, { id: item.id }, { token: reader.token });
          const errors = (res.body.errors ?? []).map((error) => ({
            path: (error.path ?? []).map(String),
            code: error.extensions?.code,
          }));
          // A probe the router refuses outright (cost, depth) would prove nothing: it must run.
          if (!res.body.data?.workItem) throw new Error(`${field.name}: ${JSON.stringify(res.body.errors)}`);
          const flat = leaves(res.body.data);
          for (const error of errors) flat.set(`${error.path.join('.')}#error`, String(error.code));
          return flat;
        }),
      );
      const paths = new Set(answers.flatMap((answer) => [...answer.keys()]));
      for (const responsePath of paths) {
        const values = answers.map((answer) => answer.get(responsePath));
        if (values.every((value) => value === values[0])) continue;
        differing += 1;
        const segments = responsePath
          .replace(/#error$/, '')
          .split('.')
          .slice(1);
        const coordinates = coordinatesOf(schema, workItemType, segments);
        if (!coordinates.some((candidates) => candidates.some((coordinate) => marked.has(coordinate)))) {
          unmarked.add(coordinates.map((candidates) => candidates[0]).join(' > '));
        }
      }
    }
    expect([...unmarked]).toEqual([]);
    // The seed did make readers' answers differ: the check above had something to check.
    expect(differing).toBeGreaterThan(0);
  });
});
