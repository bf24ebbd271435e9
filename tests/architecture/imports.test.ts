import { importCycles, importGraph, importSpecifiers, sourceFiles, valueImportSpecifiers } from './source-files';

// What may import what, read from the files themselves (no database, no services): the router and
// lib stand apart from the subgraphs, the subgraphs from each other, and no import goes in a circle.

const registry = 'subgraphs/registry.ts';
const files = sourceFiles(['lib', 'router', 'subgraphs']);
const graph = importGraph(files);
const runTimeGraph = importGraph(files, valueImportSpecifiers);

/** `from -> to` for every import of a file under `folder` that `forbidden` rejects. */
function importsFrom(folder: string, forbidden: (from: string, to: string) => boolean): string[] {
  return [...graph]
    .filter(([from]) => from.startsWith(`${folder}/`))
    .flatMap(([from, targets]) => targets.filter((to) => forbidden(from, to)).map((to) => `${from} -> ${to}`));
}

const subgraphOf = (file: string) => (file.startsWith('subgraphs/') ? file.split('/')[1]! : null);
const isSubgraphCode = (file: string) => file.startsWith('subgraphs/') && file !== registry;

const isRule = (file: string) => /^subgraphs\/[^/]+\/rules\//.test(file);
const isData = (file: string) => /^subgraphs\/[^/]+\/data\//.test(file);
const isPrismaClient = (file: string) => /^subgraphs\/[^/]+\/generated\/prisma\//.test(file);
const isDatabasePackage = (specifier: string) => specifier.startsWith('@prisma/') || specifier === 'pg';

/** The file and every file it needs at run time, transitively. */
function runTimeClosure(start: string): string[] {
  const seen = new Set([start]);
  for (const file of seen) for (const target of runTimeGraph.get(file) ?? []) seen.add(target);
  return [...seen];
}

/** `rule: file -> target` for each database access a rule reaches at run time. */
function databaseAccessOf(rule: string): string[] {
  return runTimeClosure(rule).flatMap((file) =>
    [
      ...(runTimeGraph.get(file) ?? []).filter((to) => isData(to) || isPrismaClient(to)),
      ...valueImportSpecifiers(file).filter(isDatabasePackage),
    ].map((to) => `${rule}: ${file} -> ${to}`),
  );
}

/**
 * Cycles that are known and owned elsewhere, each as the path `importCycles` reports. Empty: keep it
 * so, and name the owner and the issue beside any entry added here.
 */
const knownCycles: string[][] = [];

describe('Imports', () => {
  it('are read from every kind of import statement and resolved to files', () => {
    expect(graph.get('router/unsubscribe.ts')).toContain('lib/notification-topics.ts');
    expect(graph.get('subgraphs/notifications/notification-types.ts')).toEqual(['lib/notification-topics.ts']);
    expect(graph.get('router/config.ts')).toContain(registry);
  });

  it('of the router reach no subgraph code, only the registry of names, ports and URL variables', () => {
    expect(importsFrom('router', (_from, to) => isSubgraphCode(to))).toEqual([]);
  });

  it('of lib reach no subgraph code, only the registry', () => {
    expect(importsFrom('lib', (_from, to) => isSubgraphCode(to))).toEqual([]);
  });

  it("of a subgraph reach no other subgraph's folder", () => {
    const crossing = (from: string, to: string) =>
      isSubgraphCode(to) && subgraphOf(from) !== null && subgraphOf(to) !== subgraphOf(from);
    expect(importsFrom('subgraphs', crossing)).toEqual([]);
  });

  it('tell type-only imports from those needed at run time', () => {
    const rule = 'subgraphs/work-items/rules/hierarchy.ts';
    expect(importSpecifiers(rule)).toContain('../generated/prisma/client');
    expect(valueImportSpecifiers(rule)).not.toContain('../generated/prisma/client');
    expect(valueImportSpecifiers('subgraphs/work-items/data/items.ts')).toContain('../generated/prisma/client');
  });

  it('of pure rules (subgraphs/*/rules) name no data/ module, and need no Prisma or database driver at run time', () => {
    const rules = files.filter(isRule);
    expect(rules.length).toBeGreaterThan(0);
    const dataImports = rules.flatMap((rule) => (graph.get(rule) ?? []).filter(isData).map((to) => `${rule} -> ${to}`));
    expect(dataImports).toEqual([]);
    expect(rules.flatMap(databaseAccessOf)).toEqual([]);
  });

  it('go in no circle among the files of lib, router and subgraphs', () => {
    expect(importCycles(graph).map((cycle) => cycle.join(' -> '))).toEqual(
      knownCycles.map((cycle) => cycle.join(' -> ')),
    );
  });
});

describe('importCycles', () => {
  it('reports each cycle once, as its shortest path from its first file', () => {
    const cycles = importCycles(
      new Map([
        ['a.ts', ['b.ts']],
        ['b.ts', ['c.ts', 'x.ts']],
        ['c.ts', ['a.ts', 'b.ts']],
        ['d.ts', ['d.ts']],
        ['x.ts', ['y.ts']],
        ['y.ts', []],
        ['z.ts', ['package-outside.ts']],
      ]),
    );
    expect(cycles).toEqual([
      ['a.ts', 'b.ts', 'c.ts', 'a.ts'],
      ['d.ts', 'd.ts'],
    ]);
  });
});
