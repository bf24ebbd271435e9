import {
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  getNamedType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLFieldConfigArgumentMap,
  type GraphQLFieldConfigMap,
  type GraphQLOutputType,
} from 'graphql';

/**
 * The API schema as sofa should see it: the given root fields, whose object types keep only their
 * leaf fields without arguments. Sofa selects every field it can reach, which on the whole graph is
 * millions of fields (out of memory before it is done); flat, each generated route reads one object.
 * The operations still run against the whole supergraph, where these fields are the same.
 */
export function flatSchema(api: GraphQLSchema, queryFields: readonly string[]): GraphQLSchema {
  const flattened = new Map<string, GraphQLObjectType>();
  const flat = (type: GraphQLObjectType): GraphQLObjectType => {
    const known = flattened.get(type.name);
    if (known) return known;
    const created = new GraphQLObjectType({
      name: type.name,
      description: type.description,
      fields: () => {
        const fields: GraphQLFieldConfigMap<unknown, unknown> = {};
        for (const field of Object.values(type.getFields())) {
          if (field.args.length || !isLeafType(getNamedType(field.type))) continue;
          fields[field.name] = { type: field.type, description: field.description };
        }
        return fields;
      },
    });
    flattened.set(type.name, created);
    return created;
  };
  const wrap = (type: GraphQLOutputType): GraphQLOutputType => {
    if (isNonNullType(type)) return new GraphQLNonNull(wrap(type.ofType));
    if (isListType(type)) return new GraphQLList(wrap(type.ofType));
    return isObjectType(type) ? flat(type) : type;
  };
  const root = api.getQueryType()!.getFields();
  const fields: GraphQLFieldConfigMap<unknown, unknown> = {};
  for (const name of queryFields) {
    const field = root[name];
    if (!field) throw new Error(`Query.${name} is not in the API schema`);
    const args: GraphQLFieldConfigArgumentMap = {};
    for (const arg of field.args) args[arg.name] = { type: arg.type, description: arg.description };
    fields[name] = { type: wrap(field.type), args, description: field.description };
  }
  return new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields }) });
}
