import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// Resolvers parse input, check access, open the transaction and shape payloads; every statement
// lives in data/ (named operations taking the transaction) or goes through the loaders.

const root = __dirname;

function resolverFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return resolverFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Lines of the resolvers' sources matching `pattern`, as `file:line: text`. */
function offending(pattern: RegExp): string[] {
  return resolverFiles(root).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (pattern.test(line) ? [`${relative(root, file)}:${i + 1}: ${line.trim()}`] : [])),
  );
}

describe('work-items resolvers', () => {
  test('hold no raw SQL', () => {
    expect(offending(/\$(queryRaw|executeRaw)(Unsafe)?\b/)).toEqual([]);
  });

  test('write through no Prisma delegate', () => {
    const write = /\b(prisma|tx)\.\w+\.(create|createMany|update|updateMany|upsert|delete|deleteMany)\(/;
    expect(offending(write)).toEqual([]);
  });

  test('read through no Prisma delegate either: reads go through loaders or data functions', () => {
    expect(offending(/\b(prisma|tx)\.\w+\.(find\w*|count|aggregate|groupBy)\(/)).toEqual([]);
  });

  test('the check finds the files it guards', () => {
    expect(resolverFiles(root).map((file) => relative(root, file))).toContain(join('items', 'update.ts'));
  });
});
