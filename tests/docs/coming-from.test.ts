import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import {
  coerceInputValue,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { ErrorCode } from '../../lib/errors';
import { supergraphSdlPath } from '../../scripts/start-supergraph';

const page = readFileSync(path.resolve(__dirname, '../../docs/coming-from-linear-and-jira.md'), 'utf8');
const apiSchema = Supergraph.build(readFileSync(supergraphSdlPath, 'utf8')).apiSchema().toGraphQLJSSchema();

/** Every name a client can write: types, their fields and arguments, input fields and enum values. */
function namesOf(schema: GraphQLSchema): { types: Set<string>; members: Set<string> } {
  const types = new Set<string>();
  const members = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    types.add(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        members.add(field.name);
        for (const arg of field.args) members.add(arg.name);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) members.add(field.name);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) members.add(value.name);
    }
  }
  return { types, members };
}

/** `Type.field` names the page uses, checked against that type's fields. */
function missingDottedNames(): string[] {
  const missing: string[] = [];
  for (const [, typeName, fieldName] of page.matchAll(/`([A-Z]\w+)\.(\w+)`/g)) {
    const type = apiSchema.getType(typeName!);
    const fields = type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields() : {};
    if (!(fieldName! in fields)) missing.push(`${typeName}.${fieldName}`);
  }
  return missing;
}

describe('the "coming from Linear or Jira" page', () => {
  it('names only types, fields, arguments, values and error codes the API has', () => {
    const { types, members } = namesOf(apiSchema);
    for (const code of Object.values(ErrorCode)) members.add(code);
    const names = [...page.matchAll(/`([A-Za-z_]\w*)`/g)].map((match) => match[1]!);
    expect(names.length).toBeGreaterThan(50);
    expect(names.filter((name) => !types.has(name) && !members.has(name))).toEqual([]);
    expect(missingDottedNames()).toEqual([]);
  });

  it('shows filters that are valid WorkItemFilter values', () => {
    const filters = [...page.matchAll(/<!-- filter -->\s*```json\n([\s\S]*?)```/g)].map((match) => match[1]!);
    expect(filters.length).toBeGreaterThanOrEqual(5);
    const filterType = apiSchema.getType('WorkItemFilter') as GraphQLInputType;
    for (const filter of filters) {
      const errors: string[] = [];
      coerceInputValue(JSON.parse(filter), filterType, (path, _value, error) =>
        errors.push(`${path.join('.')}: ${error.message}`),
      );
      expect({ filter, errors }).toEqual({ filter, errors: [] });
    }
  });
});
