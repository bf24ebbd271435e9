import { readFileSync } from 'node:fs';
import { getOperationAST, parse } from 'graphql';
import { Supergraph } from '@apollo/federation-internals';
import { supergraphSdlPath } from '../../scripts/start-supergraph';
import { effectiveScopes } from '../../lib/auth/api-scopes';
import { fieldSubgraphsOf } from './field-subgraphs';
import { firstMissingScope } from './operation-scopes';

const sdl = readFileSync(supergraphSdlPath, 'utf8');
const schema = Supergraph.build(sdl).apiSchema().toGraphQLJSSchema();
const subgraphs = fieldSubgraphsOf(sdl);

function missing(query: string, scopes: string[]): string | null {
  const document = parse(query);
  return firstMissingScope(schema, document, getOperationAST(document)!, effectiveScopes(scopes), subgraphs);
}

describe('the scopes an operation needs', () => {
  it('reads which subgraphs resolve each field from the join directives', () => {
    expect(subgraphs.of('Query', 'workItem')).toEqual(['work-items']);
    expect(subgraphs.of('Mutation', 'createProject')).toEqual(['projects']);
    expect(subgraphs.of('Project', 'key')).toEqual(['projects']);
    expect(subgraphs.of('PageInfo', 'hasNextPage').length).toBeGreaterThan(1);
    expect(subgraphs.isEntity('WorkItem')).toBe(true);
    expect(subgraphs.isEntity('PageInfo')).toBe(false);
  });

  it('asks the read scope of every subgraph whose fields are selected, across references', () => {
    const query = '{ workItem(id: "x") { title project { name } assignee { name } } }';
    expect(missing(query, ['work_items:read'])).toBe('projects:read');
    expect(missing(query, ['work_items:read', 'projects:read'])).toBe('users:read');
    expect(missing(query, ['work_items:read', 'projects:read', 'users:read'])).toBeNull();
  });

  it('lets references through by their id and __typename alone', () => {
    expect(missing('{ workItem(id: "x") { __typename project { id __typename } } }', ['work_items:read'])).toBeNull();
  });

  it('asks the write scope of a mutation root field, and a write scope includes the read scope', () => {
    const mutation = 'mutation { updateMe(input: { name: "A" }) { user { name } } }';
    expect(missing(mutation, ['users:read'])).toBe('users:write');
    expect(missing(mutation, ['users:write'])).toBeNull();
  });

  it('follows fragments and inline fragments, and skips introspection', () => {
    const query = `query { ...Root node(id: "x") { ... on Sprint { name } } }
      fragment Root on Query { me { name } }`;
    expect(missing(query, ['users:read'])).toBe('sprints:read');
    expect(missing('{ __schema { types { name } } __typename }', [])).toBeNull();
  });

  it('asks the read scope of a subscription field', () => {
    expect(missing('subscription { workItemChanged(projectId: "p") { kind } }', ['projects:read'])).toBe(
      'work_items:read',
    );
  });
});
