// Prints the longest resolver functions of every subgraph: function and arrow-function bodies that
// are properties (or methods) of an object literal, or exported functions, in
// subgraphs/*/resolvers/**/*.ts (tests excluded). Top 10 overall, then the longest per subgraph.
//   tsx scripts/longest-resolvers.ts [root] [--top N]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

interface Found {
  subgraph: string;
  file: string;
  line: number;
  name: string;
  lines: number;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const isFunction = (node: ts.Node | undefined): node is ts.ArrowFunction | ts.FunctionExpression =>
  !!node && (ts.isArrowFunction(node) || ts.isFunctionExpression(node));

const isExported = (node: ts.Node): boolean =>
  ts.canHaveModifiers(node) && !!ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** `Mutation.updateWorkItem` for a property of an object that is itself a property, else the property name. */
function qualifiedName(node: ts.PropertyAssignment | ts.MethodDeclaration, source: ts.SourceFile): string {
  const name = node.name.getText(source);
  const owner = node.parent.parent;
  return owner && ts.isPropertyAssignment(owner) ? `${owner.name.getText(source)}.${name}` : name;
}

function resolversOf(file: string, root: string, subgraph: string): Found[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Found[] = [];
  const add = (name: string, fn: ts.Node) => {
    const start = source.getLineAndCharacterOfPosition(fn.getStart(source)).line;
    const end = source.getLineAndCharacterOfPosition(fn.getEnd()).line;
    found.push({ subgraph, file: relative(root, file), line: start + 1, name, lines: end - start + 1 });
  };
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAssignment(node) && ts.isObjectLiteralExpression(node.parent) && isFunction(node.initializer)) {
      add(qualifiedName(node, source), node.initializer);
    } else if (ts.isMethodDeclaration(node) && ts.isObjectLiteralExpression(node.parent)) {
      add(qualifiedName(node, source), node);
    } else if (ts.isFunctionDeclaration(node) && node.name && isExported(node)) {
      add(node.name.text, node);
    } else if (ts.isVariableStatement(node) && isExported(node)) {
      for (const declaration of node.declarationList.declarations) {
        if (isFunction(declaration.initializer)) add(declaration.name.getText(source), declaration.initializer);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function main() {
  const args = process.argv.slice(2);
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 10;
  const root = args[0] ?? process.cwd();
  const subgraphsDir = join(root, 'subgraphs');
  const all = readdirSync(subgraphsDir)
    .filter((name) => existsSync(join(subgraphsDir, name, 'resolvers')))
    .flatMap((subgraph) =>
      filesUnder(join(subgraphsDir, subgraph, 'resolvers')).flatMap((file) => resolversOf(file, root, subgraph)),
    )
    .sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file) || a.line - b.line);
  const row = (f: Found) => `${String(f.lines).padStart(5)}  ${f.file}:${f.line}  ${f.name}`;
  console.log(`Longest resolver functions (lines), top ${top} overall:`);
  for (const f of all.slice(0, top)) console.log(row(f));
  console.log('\nLongest per subgraph:');
  for (const subgraph of [...new Set(all.map((f) => f.subgraph))].sort()) {
    console.log(row(all.find((f) => f.subgraph === subgraph)!));
  }
}

main();
