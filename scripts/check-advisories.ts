// npm run advisories:check [-- --npm-audit FILE]
// Fails (exit 1) when a package of the production tree is in a high, critical or unknown-severity
// advisory of security/advisories.json that security/accepted.json does not accept. With
// `--npm-audit FILE` (what `npm audit --omit=dev --json` printed) the registry's live findings are
// checked by the same rules when it could be asked, and the report says so when it could not.
import { readFileSync } from 'node:fs';
import {
  advisoriesFromNpmAudit,
  checkPackages,
  defaultPaths,
  formatReport,
  mergeAdvisories,
  productionPackages,
  readJson,
  validateAcceptances,
  validateSnapshot,
  type Acceptance,
  type AdvisorySnapshot,
  type PackageLock,
} from './advisories';

function option(name: string): string | undefined {
  // The last one wins, as with most command-line tools.
  const i = process.argv.lastIndexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

/** What npm audit printed; output that is not its JSON counts as an answer it could not give. */
function readNpmAudit(file: string): ReturnType<typeof advisoriesFromNpmAudit> {
  const text = readFileSync(file, 'utf8').trim();
  try {
    return advisoriesFromNpmAudit(JSON.parse(text) as Record<string, unknown>);
  } catch {
    return { unreachable: text ? `output that is not JSON: ${text.slice(0, 200)}` : 'no output' };
  }
}

function main(): number {
  const snapshot = validateSnapshot(readJson<AdvisorySnapshot>(option('--snapshot') ?? defaultPaths.snapshot));
  const accepted = validateAcceptances(readJson<Acceptance[]>(option('--accepted') ?? defaultPaths.accepted));
  const { shipped, devOnly } = productionPackages(readJson<PackageLock>(option('--lock') ?? defaultPaths.lock));

  let advisories = snapshot.advisories;
  let extraSource: string | undefined;
  const auditFile = option('--npm-audit');
  if (auditFile) {
    const live = readNpmAudit(auditFile);
    if ('unreachable' in live) {
      console.log(`npm audit: the registry's advisory service could not be asked (${live.unreachable});`);
      console.log('           the committed snapshot alone decides');
    } else {
      advisories = mergeAdvisories(advisories, live.advisories);
      extraSource = `${live.advisories.length} live findings of npm audit`;
    }
  }

  const result = checkPackages(shipped, advisories, accepted);
  const lines = formatReport(result, { snapshot, shipped: shipped.length, devOnly, today: new Date(), extraSource });
  for (const line of lines) console.log(line);
  return result.failing.length ? 1 : 0;
}

process.exitCode = main();
