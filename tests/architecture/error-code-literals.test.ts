import ts from 'typescript';
import { ErrorCode } from '../../lib/errors';
import { readSource, sourceFiles } from './source-files';

const codes = new Set<string>(Object.values(ErrorCode));

/**
 * The string literals of a file that spell an error code, as `file:line 'CODE'`. The enum's own
 * members in lib/errors.ts are the one place a code is written out.
 */
export function codeLiteralsIn(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
      codes.has(node.text) &&
      !(file === 'lib/errors.ts' && ts.isEnumMember(node.parent))
    ) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push(`${file}:${line + 1} '${node.text}'`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('Error codes in source', () => {
  it('finds a code written as a literal, wherever it is used', () => {
    const text = [
      `throw new GraphQLError('no', { extensions: { code: 'FORBIDDEN' } });`,
      `if (error.extensions?.code === \`NOT_FOUND\`) return null;`,
      `const allowed = new Set(['CONFLICT']);`,
      `const fine = { code: ErrorCode.Conflict, message: 'NOT_FOUND is a code' };`,
    ].join('\n');
    expect(codeLiteralsIn('router/example.ts', text)).toEqual([
      "router/example.ts:1 'FORBIDDEN'",
      "router/example.ts:2 'NOT_FOUND'",
      "router/example.ts:3 'CONFLICT'",
    ]);
  });

  // A code's spelling in a literal is taken for the code: `ErrorCode` says the same, and a typo or a
  // code outside the vocabulary becomes a compile error instead of an INTERNAL_SERVER_ERROR.
  it('are written as ErrorCode members in lib, router, subgraphs and scripts, never as literals', () => {
    const files = sourceFiles(['lib', 'router', 'subgraphs', 'scripts'], ['.ts', '.js', '.mjs', '.cjs']);
    expect(files).toContain('lib/errors.ts');
    expect(files.flatMap((file) => codeLiteralsIn(file, readSource(file)))).toEqual([]);
  });
});
