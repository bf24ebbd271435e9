import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { subgraphRegistry } from '../../subgraphs/registry';

// Every write lives in a subgraph's data layer, so reading data/ shows all it can change; resolvers
// parse input, call a named operation and shape the payload (CONTRIBUTING: Resolvers, data operations).
const forbidden: [string, RegExp][] = [
  ['raw SQL', /\$(queryRaw|executeRaw)(Unsafe)?\b/],
  ['a Prisma write', /\b(prisma|tx)\.\w+\.(create|createMany|update|updateMany|upsert|delete|deleteMany)\(/],
  ['a transaction body', /\$transaction\(async/],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('resolvers', () => {
  it.each(subgraphRegistry.map((entry) => [entry.name, entry.dir] as const))(
    'of the %s subgraph hold no SQL, no Prisma writes and no transaction bodies',
    (_name, dir) => {
      const offences = sourceFiles(path.join(dir, 'resolvers')).flatMap((file) => {
        const lines = readFileSync(file, 'utf8').split('\n');
        return lines.flatMap((line, index) =>
          forbidden
            .filter(([, pattern]) => pattern.test(line))
            .map(([what]) => `${path.relative(dir, file)}:${index + 1} has ${what}`),
        );
      });
      expect(offences).toEqual([]);
    },
  );
});
