import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { apiScopes, scopeResourceOfSubgraph } from '../../lib/auth/api-scopes';
import { fieldSubgraphsOf } from '../../router/scopes/field-subgraphs';
import { supergraphSdlPath } from '../../scripts/start-supergraph';
import {
  connectSubscriptions,
  dataOf,
  errorOf,
  graphql,
  seedProjectTeam,
  signUpUser,
  subscribe,
  useTestStack,
} from '../testkit';
import { createApiToken, revokeApiTokenMutation } from '../users/api-token-support';

// Every request of the walk comes from one user: the per-user budget must not be what answers.
const stack = useTestStack({ routerLimits: { rateLimitPerWindow: 100_000, apiTokenRateLimitPerWindow: 100_000 } });
const sdl = readFileSync(supergraphSdlPath, 'utf8');
const api = Supergraph.build(sdl).apiSchema().toGraphQLJSSchema();
const owners = fieldSubgraphsOf(sdl);
const readScopes = apiScopes.filter((scope) => scope.level === 'read').map((scope) => scope.name);

/** A value of the type that passes the router's variable checks: what a resolver would refuse never runs. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [];
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((field) => isNonNullType(field.type));
    return Object.fromEntries(fields.map((field) => [field.name, sample(field.type)]));
  }
  if (isEnumType(type)) return type.getValues()[0]!.value;
  const scalars: Record<string, unknown> = {
    Int: 1,
    Float: 1,
    Boolean: true,
    DateTime: '2030-01-01T00:00:00.000Z',
    Date: '2030-01-01',
  };
  return type.name in scalars ? scalars[type.name] : 'x';
}

/** The field with its required arguments as variables, selecting `__typename` of an object. */
function operationOf(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const declared = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return {
    query: `${kind}${declared ? ` (${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`,
    variables: Object.fromEntries(required.map((arg) => [arg.name, sample(arg.type)])),
  };
}

const ownerOf = (type: 'Query' | 'Mutation', field: string) => {
  const [owner] = owners.of(type, field);
  if (!owner) throw new Error(`No subgraph resolves ${type}.${field}`);
  return scopeResourceOfSubgraph(owner);
};

describe('API token scopes over the composed supergraph', () => {
  it('refuse every mutation to a token with every read scope and no write scope, before any subgraph runs it', async () => {
    const owner = await signUpUser(stack);
    const { token } = await createApiToken(stack, owner.token, { scopes: readScopes });
    const mutations = Object.values(api.getMutationType()!.getFields());
    expect(mutations.length).toBeGreaterThan(50);
    const answers = [];
    for (const field of mutations) {
      const { query, variables } = operationOf('mutation', field);
      const res = await graphql(stack.routerUrl, query, variables, { token });
      const required = field.name === 'createApiToken' ? undefined : ownerOf('Mutation', field.name).write;
      answers.push({
        field: field.name,
        status: res.status,
        ran: 'data' in res.body,
        code: errorOf(res).code,
        requiredScope: res.body.errors?.[0]?.extensions?.requiredScope,
      });
      expect(answers.at(-1)).toEqual({
        field: field.name,
        status: 403,
        ran: false,
        code: 'FORBIDDEN',
        requiredScope: required,
      });
    }
  }, 120_000);

  it('refuse every query field to a token without the read scope of the subgraph that resolves it', async () => {
    const owner = await signUpUser(stack);
    const tokens = new Map<string, string>();
    for (const read of readScopes) {
      const others = readScopes.filter((scope) => scope !== read);
      tokens.set(read, (await createApiToken(stack, owner.token, { scopes: others })).token);
    }
    const queries = Object.values(api.getQueryType()!.getFields());
    for (const field of queries) {
      const { read } = ownerOf('Query', field.name);
      const { query, variables } = operationOf('query', field);
      const res = await graphql(stack.routerUrl, query, variables, { token: tokens.get(read)! });
      expect({ field: field.name, status: res.status, error: res.body.errors?.[0]?.extensions }).toMatchObject({
        field: field.name,
        status: 403,
        error: { code: 'FORBIDDEN', requiredScope: read },
      });
    }
  }, 120_000);

  it('let a token read across subgraphs with the read scope of each, and say which scope is missing', async () => {
    const team = await seedProjectTeam(stack);
    const query = 'query ($id: ID!) { project(id: $id) { key members { edges { node { name } } } } }';
    const { token: projectsOnly } = await createApiToken(stack, team.admin.token, { scopes: ['projects:read'] });
    const refused = await graphql(stack.routerUrl, query, { id: team.project.id }, { token: projectsOnly });
    expect(refused.status).toBe(403);
    expect(refused.headers['www-authenticate']).toBe('Bearer error="insufficient_scope", scope="users:read"');
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', requiredScope: 'users:read' });
    const { token: both } = await createApiToken(stack, team.admin.token, { scopes: ['projects:read', 'users:read'] });
    const read = dataOf(await graphql(stack.routerUrl, query, { id: team.project.id }, { token: both }));
    expect(read.project.key).toBe(team.project.key);
  });

  it('accept API tokens on WebSocket subscriptions with the read scope, refuse them without, and close on the next subscribe after revocation', async () => {
    const team = await seedProjectTeam(stack);
    const subscription = 'subscription ($id: ID!) { workItemChanged(projectId: $id) { kind workItemId } }';
    const variables = { id: team.project.id };

    const { token: projectsOnly } = await createApiToken(stack, team.member.token, { scopes: ['projects:read'] });
    const refusedClient = await connectSubscriptions(stack.routerUrl, projectsOnly);
    const refused = subscribe(refusedClient, subscription, variables);
    await expect(refused.ended).rejects.toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'FORBIDDEN', requiredScope: 'work_items:read' }),
      }),
    ]);
    await refusedClient.dispose();

    const { token, id } = await createApiToken(stack, team.member.token, { scopes: ['work_items:read'] });
    const client = await connectSubscriptions(stack.routerUrl, token);
    const before = stack.activeSubscriptions();
    const live = subscribe(client, subscription, variables);
    const deadline = Date.now() + 5000;
    while (stack.activeSubscriptions() === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(stack.activeSubscriptions()).toBe(before + 1);

    dataOf(await graphql(stack.routerUrl, revokeApiTokenMutation, { input: { id } }, { token: team.member.token }));
    const again = subscribe(client, subscription, variables);
    await expect(again.ended).rejects.toBeDefined();
    live.dispose();
    await client.dispose();
    await expect(connectSubscriptions(stack.routerUrl, token)).rejects.toMatchObject({ code: 4403 });
  });
});
