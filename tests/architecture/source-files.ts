import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** The repository root: paths below are relative to it, with forward slashes. */
export const root = path.resolve(__dirname, '../..');

const skippedDirectories = new Set(['node_modules', 'generated', 'coverage', '.data']);
const isTest = (file: string) => /\.test\.[cm]?[jt]s$/.test(file);

/**
 * The non-test source files under the given top-level folders: what ships and runs, not the tests
 * that exercise it nor the code generated from the schemas.
 */
export function sourceFiles(folders: readonly string[], extensions = ['.ts']): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(root, relative))) {
      const child = `${relative}/${entry}`;
      if (statSync(path.join(root, child)).isDirectory()) {
        if (!skippedDirectories.has(entry)) walk(child);
      } else if (
        extensions.some((extension) => entry.endsWith(extension)) &&
        !entry.endsWith('.d.ts') &&
        !isTest(entry)
      ) {
        found.push(child);
      }
    }
  };
  for (const folder of folders) walk(folder);
  return found.sort();
}

export const readSource = (file: string): string => readFileSync(path.join(root, file), 'utf8');

/** Every module a file names: `import`, `import type`, `export … from`, `import()` and `require()`. */
export function importSpecifiers(file: string): string[] {
  const info = ts.preProcessFile(readSource(file), true, true);
  return info.importedFiles.map((imported) => imported.fileName);
}

/**
 * The modules a file needs at run time: every specifier of `importSpecifiers` but those named only
 * by type-only imports and exports (`import type`, `import { type A }`, `export type … from`).
 */
export function valueImportSpecifiers(file: string): string[] {
  const source = ts.createSourceFile(file, readSource(file), ts.ScriptTarget.Latest, false);
  const typeOnly = new Set<string>();
  const value = new Set<string>();
  for (const statement of source.statements) {
    if (
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
    ) {
      const specifier = statement.moduleSpecifier.text;
      (isTypeOnly(statement) ? typeOnly : value).add(specifier);
    }
  }
  return importSpecifiers(file).filter((specifier) => value.has(specifier) || !typeOnly.has(specifier));
}

function isTypeOnly(statement: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(statement)) {
    const clause = statement.exportClause;
    return (
      statement.isTypeOnly || (!!clause && ts.isNamedExports(clause) && clause.elements.every((e) => e.isTypeOnly))
    );
  }
  const clause = statement.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return (
    !clause.name &&
    !!bindings &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((e) => e.isTypeOnly)
  );
}

const candidates = (base: string) => [
  base,
  `${base}.ts`,
  base.replace(/\.js$/, '.ts'),
  `${base}/index.ts`,
  `${base}.js`,
];

/**
 * The repository file a relative specifier of `from` names, or null for a package (or a file that
 * does not exist, which the type checker reports).
 */
export function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = path.posix.join(path.posix.dirname(from), specifier);
  for (const candidate of candidates(base)) {
    const absolute = path.join(root, candidate);
    try {
      if (statSync(absolute).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

/** The files each file imports (or, with `valueImportSpecifiers`, needs at run time), among the repository's files. */
export function importGraph(
  files: readonly string[],
  specifiersOf: (file: string) => string[] = importSpecifiers,
): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = specifiersOf(file)
      .map((specifier) => resolveImport(file, specifier))
      .filter((target): target is string => target !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/**
 * The import cycles of a graph, one per strongly connected component (a set of files that all
 * reach each other): the shortest cycle through its first file, as a path `a -> b -> a`.
 */
export function importCycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;

  // Tarjan's algorithm, iterative so a deep import chain cannot overflow the call stack.
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: { node: string; next: number }[] = [{ node: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const frame = work[work.length - 1]!;
      const edges = graph.get(frame.node) ?? [];
      if (frame.next < edges.length) {
        const target = edges[frame.next++]!;
        if (!graph.has(target)) continue;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfLoop = component.length === 1 && edges.includes(frame.node);
        if (component.length > 1 || selfLoop) components.push(component.sort());
      }
    }
  }

  return components
    .sort((a, b) => a[0]!.localeCompare(b[0]!))
    .map((component) => shortestCycle(graph, component[0]!, new Set(component)));
}

/** Breadth-first from `start` back to itself, inside its component. */
function shortestCycle(graph: Map<string, string[]>, start: string, component: Set<string>): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const node = queue.shift()!;
    for (const target of graph.get(node) ?? []) {
      if (!component.has(target)) continue;
      if (target === start) {
        const path = [start];
        for (let at: string | undefined = node; at !== start && at; at = previous.get(at)) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!previous.has(target)) {
        previous.set(target, node);
        queue.push(target);
      }
    }
  }
  return [start, start];
}
