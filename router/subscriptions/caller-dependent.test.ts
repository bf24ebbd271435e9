import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse } from 'graphql';
import { callerDependentFields, selectsCallerDependent } from './caller-dependent';

const supergraphSdl = readFileSync(path.resolve(__dirname, '../../schema/supergraph.graphql'), 'utf8');

const schema = buildSchema(`
  interface Node { id: ID! }
  type Project implements Node { id: ID! key: String! viewerRole: String! }
  type User implements Node { id: ID! name: String! email: String }
  union Actor = User | Project
  type Event { project: Project! actor: Actor node: Node }
  type Query { event: Event }
`);
const fields = new Set(['Project.viewerRole', 'User.email']);
const selects = (query: string) => selectsCallerDependent(schema, parse(query), fields);

describe('callerDependentFields', () => {
  it('reads every field the composed supergraph marks @callerDependent, whichever subgraph owns it', () => {
    const marked = callerDependentFields(supergraphSdl);
    for (const field of ['Project.viewerRole', 'Project.viewerPermissions', 'User.email', 'WorkItem.relations']) {
      expect(marked.has(field)).toBe(true);
    }
    expect(marked.has('WorkItem.title')).toBe(false);
    expect(marked.has('Project.key')).toBe(false);
  });
});

describe('selectsCallerDependent', () => {
  it('is false for a selection of fields every reader sees alike', () => {
    expect(selects('{ event { project { key } actor { ... on User { name } } } }')).toBe(false);
  });

  it('finds a marked field selected directly', () => {
    expect(selects('{ event { project { key viewerRole } } }')).toBe(true);
  });

  it('finds a marked field inside a fragment spread', () => {
    expect(selects('{ event { project { ...P } } } fragment P on Project { viewerRole }')).toBe(true);
  });

  it('finds a marked field behind a union or interface', () => {
    expect(selects('{ event { actor { ... on User { email } } } }')).toBe(true);
    expect(selects('{ event { node { ... on Project { viewerRole } } } }')).toBe(true);
  });

  it('is false for every document when no field is marked', () => {
    expect(selectsCallerDependent(schema, parse('{ event { project { viewerRole } } }'), new Set())).toBe(false);
  });
});
