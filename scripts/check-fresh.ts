import { spawnSync } from 'node:child_process';

/** What CI regenerates and compares with the committed files, and how to regenerate each. */
const checks: { what: string; command: string[]; fix: string }[] = [
  { what: 'the composed supergraph', command: ['npm', 'run', 'compose', '--', '--check'], fix: 'npm run compose' },
  {
    what: 'the REST API document and its reference',
    command: ['npm', 'run', 'rest:docs', '--', '--check'],
    fix: 'npm run rest:docs',
  },
  {
    what: 'the generated resolver types',
    command: ['npx', 'graphql-codegen', '--config', 'codegen.ts', '--check'],
    fix: 'npm run codegen',
  },
  {
    what: 'the migrations',
    command: ['npm', 'run', 'db:migration:create', '--', '--check'],
    fix: 'npm run db:migration:create -- <name>',
  },
  {
    what: 'the chart gallery of the docs',
    command: ['npm', 'run', 'charts:gallery', '--', '--check'],
    fix: 'npm run charts:gallery',
  },
  {
    what: 'the webhook event catalogue of the docs',
    command: ['npm', 'run', 'webhooks:catalogue', '--', '--check'],
    fix: 'npm run webhooks:catalogue',
  },
];

const env = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
};
const stale = checks.filter(({ what, command }) => {
  console.log(`checking ${what}: ${command.join(' ')}`);
  return spawnSync(command[0]!, command.slice(1), { stdio: 'inherit', env }).status !== 0;
});
for (const { what, fix } of stale) console.error(`${what} is not fresh: run \`${fix}\` and commit the result`);
process.exit(stale.length ? 1 : 0);
