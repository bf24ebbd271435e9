import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';
import { supergraphSdlPath } from '../../scripts/start-supergraph';

function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const need = (what: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(what);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!['Query', 'Mutation', 'Subscription'].includes(type.name)) need(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        need(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) need(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) need(`${type.name}.${field.name}`, field.description);
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) need(`${type.name}.${value.name}`, value.description);
    }
  }
  return missing;
}

describe('the supergraph API schema', () => {
  const apiSchema = Supergraph.build(readFileSync(supergraphSdlPath, 'utf8')).apiSchema().toGraphQLJSSchema();

  it('describes every type, field, argument, input field and enum value', () => {
    expect(undocumented(apiSchema)).toEqual([]);
  });

  it('hides service-only fields from clients', () => {
    const fields = apiSchema.getQueryType()?.getFields() ?? {};
    for (const serviceOnly of [
      'organizationRoles',
      'workItemFlowHistory',
      'savedViewItemIds',
      'commentTargets',
      'apiTokenCredential',
    ]) {
      expect(fields[serviceOnly]).toBeUndefined();
    }
    expect(apiSchema.getType('SavedViewItemIds')).toBeUndefined();
    expect(apiSchema.getType('CommentTarget')).toBeUndefined();
    expect(apiSchema.getType('ApiTokenCredential')).toBeUndefined();
  });

  it('takes a single input argument on every mutation', () => {
    const mutations = Object.values(apiSchema.getMutationType()?.getFields() ?? {});
    expect(mutations.length).toBeGreaterThan(0);
    for (const mutation of mutations) expect(mutation.args.map((a) => a.name)).toEqual(['input']);
  });
});
