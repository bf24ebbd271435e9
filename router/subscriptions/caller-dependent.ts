import {
  BREAK,
  TypeInfo,
  isAbstractType,
  parse,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { sdlFields } from '../sdl-fields';

/** The directive subgraphs put on a field whose value depends on who asks (see any subgraph's schema). */
export const callerDependentDirective = 'callerDependent';

/** `Type.field` of every field the supergraph marks `@callerDependent`. */
export function callerDependentFields(supergraphSdl: string): ReadonlySet<string> {
  const fields = new Set<string>();
  for (const { coordinate, field } of sdlFields(parse(supergraphSdl))) {
    if (field.directives?.some((directive) => directive.name.value === callerDependentDirective))
      fields.add(coordinate);
  }
  return fields;
}

/**
 * Whether the document selects a caller-dependent field anywhere (fragments included), on its own
 * type or, through an interface or union, on any type that can stand there.
 */
export function selectsCallerDependent(
  schema: GraphQLSchema,
  document: DocumentNode,
  fields: ReadonlySet<string>,
): boolean {
  if (!fields.size) return false;
  const typeInfo = new TypeInfo(schema);
  let found = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: (node) => {
        const parent = typeInfo.getParentType();
        if (!parent) return undefined;
        const types = isAbstractType(parent) ? [parent, ...schema.getPossibleTypes(parent)] : [parent];
        if (types.some((type) => fields.has(`${type.name}.${node.name.value}`))) {
          found = true;
          return BREAK;
        }
        return undefined;
      },
    }),
  );
  return found;
}
