// Generates every domain's Prisma client. The CLI wants a native schema engine binary, which this
// network cannot download; generation itself runs on WASM, so any executable satisfies the check.
const { execFileSync } = require('node:child_process');
const { readdirSync, existsSync } = require('node:fs');
const path = require('node:path');

const prismaDir = path.join(__dirname, '..', 'prisma');
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
};
for (const domain of readdirSync(prismaDir)) {
  const schema = path.join(prismaDir, domain, 'schema.prisma');
  if (!existsSync(schema)) continue;
  execFileSync(process.execPath, [require.resolve('prisma/build/index.js'), 'generate', '--schema', schema], {
    stdio: 'inherit',
    env,
  });
}
