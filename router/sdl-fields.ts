import { Kind, type DocumentNode, type FieldDefinitionNode } from 'graphql';

/** Every field defined on an object or interface type of an SDL document (extensions included), by `Type.field`. */
export function* sdlFields(document: DocumentNode): Generator<{ coordinate: string; field: FieldDefinitionNode }> {
  for (const definition of document.definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      definition.kind !== Kind.INTERFACE_TYPE_EXTENSION
    ) {
      continue;
    }
    for (const field of definition.fields ?? [])
      yield { coordinate: `${definition.name.value}.${field.name.value}`, field };
  }
}
