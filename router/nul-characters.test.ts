import { parse, type OperationDefinitionNode } from 'graphql';
import { nulCharacterErrors } from './nul-characters';

const fieldsOf = (query: string, variables?: Record<string, unknown>) => {
  const document = parse(query);
  const operation = document.definitions[0] as OperationDefinitionNode;
  return nulCharacterErrors(document, operation, variables).map((error) => error.extensions);
};

describe('NUL characters in client input', () => {
  it('are found anywhere in a variable, named by their path', () => {
    expect(fieldsOf('query ($input: In) { f(input: $input) }', { input: { tags: ['ok', 'no\u0000'] } })).toEqual([
      { code: 'BAD_USER_INPUT', field: 'input.tags[1]', http: { status: 400 } },
    ]);
    expect(fieldsOf('query ($input: In) { f(input: $input) }', { input: { custom: { 'k\u0000': 1 } } })).toEqual([
      { code: 'BAD_USER_INPUT', field: 'input.custom.k\u0000', http: { status: 400 } },
    ]);
  });

  it('are found in literal arguments, in fragments and in variable defaults', () => {
    expect(fieldsOf('{ f(input: { title: "a\\u0000" }) }')).toEqual([
      { code: 'BAD_USER_INPUT', field: 'input.title', http: { status: 400 } },
    ]);
    expect(fieldsOf('{ ...F } fragment F on Query { g { h(names: ["x", "\\u0000"]) } }')).toEqual([
      { code: 'BAD_USER_INPUT', field: 'names[1]', http: { status: 400 } },
    ]);
    expect(fieldsOf('query ($q: String = "\\u0000") { f(q: $q) }', {})).toEqual([
      { code: 'BAD_USER_INPUT', field: 'q', http: { status: 400 } },
    ]);
  });

  it('leave every other character alone, including other control characters and emoji', () => {
    expect(fieldsOf('query ($t: String) { f(t: $t, u: "tab\\there") }', { t: 'line\nbreak \u0001 🚀' })).toEqual([]);
  });
});
