import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, Kind, type OperationDefinitionNode } from 'graphql';
import { Supergraph } from '@apollo/federation-internals';
import { decodeGlobalId } from '../../lib/ids';
import { supergraphSdlPath } from '../../scripts/start-supergraph';
import type { Client } from 'graphql-ws';
import {
  connectSubscriptions,
  graphql,
  subscribe,
  untilAnalyticsCaughtUp,
  untilNotificationsCaughtUp,
  untilSprintsCaughtUp,
  useTestStack,
  type LiveSubscription,
  type TestStack,
} from '../testkit';
import { parseEmail } from '../notifications/email-message';
import { guideFiles } from './guide-files';

interface Example {
  kind: 'graphql';
  /** Where it is in the guide: examples and shell steps run in this order. */
  index: number;
  name: string;
  as: string;
  expect: string | null;
  save: [string, string][];
  query: string;
  variables: string;
  response: string | null;
  subscription: boolean;
  /** From docs/sprints/: it reads figures the sprints service derives from work-item events. */
  readsSprints: boolean;
  /** From docs/notifications/: it reads what the notifications service derives from events, and emails. */
  readsNotifications: boolean;
  /** From docs/analytics/: it reads the flow figures the analytics service derives from events. */
  readsAnalytics: boolean;
  /** From docs/files/: it reads the thumbnails and previews the files service makes after uploads. */
  readsFiles: boolean;
  /** `emailToken=name:address`: saves the unsubscribe token of the newest email to that address as `name`. */
  emailToken: [string, string] | null;
  /** `linkToken=name:address`: saves the `token` of the link in the newest email's text (invitations). */
  linkToken: [string, string] | null;
  /** The emails the guide shows between the previous example and this one: checked before it runs. */
  emailsBefore: ShownEmail[];
}

/** `<!-- email: to=<address> -->` and a ```text block: the newest email to that address, subject and text body. */
interface ShownEmail {
  to: string;
  text: string;
  index: number;
}

const docs = path.resolve(__dirname, '../../docs');
const read = (file: string) => readFileSync(path.join(docs, file), 'utf8');
const chapters = (folder: string) =>
  readdirSync(path.join(docs, folder))
    // Numbered chapters only: docs/rest/reference.md is generated, not a chapter.
    .filter((name) => /^\d+-.*\.md$/.test(name))
    .sort()
    .map((name) => read(path.join(folder, name)));
/**
 * The guide: docs/api.md, then the chapters in docs/work-items/, docs/sprints/, docs/notifications/, docs/analytics/,
 * docs/files/, docs/tokens/, docs/integrations/ and docs/rest/, each in file name order.
 */
const beforeSprints = [read('api.md'), ...chapters('work-items')].join('\n');
const beforeNotifications = [beforeSprints, ...chapters('sprints')].join('\n');
const beforeAnalytics = [beforeNotifications, ...chapters('notifications')].join('\n');
const beforeFiles = [beforeAnalytics, ...chapters('analytics')].join('\n');
const guide = [
  beforeFiles,
  ...chapters('files'),
  ...chapters('tokens'),
  ...chapters('integrations'),
  ...chapters('rest'),
].join('\n');

const emailsBetween = (emails: ShownEmail[], from: number, to: number) =>
  emails.filter((email) => email.index > from && email.index < to);

function shownEmails(): ShownEmail[] {
  return [...guide.matchAll(/<!-- email: to=(\S+) -->\s*```text\n([\s\S]*?)```/g)].map((match) => ({
    to: match[1]!,
    text: match[2]!,
    index: match.index!,
  }));
}

/**
 * Each `<!-- example: ... -->` comment, the ```graphql block after it, an optional ```json block of
 * variables and an optional `<!-- response -->` ```json block: the answer it gets.
 */
function examples(): Example[] {
  const pattern =
    /<!-- example: ([^>]*) -->\s*```graphql\n([\s\S]*?)```(?:\s*```json\n([\s\S]*?)```)?(?:\s*<!-- response -->\s*```json\n([\s\S]*?)```)?/g;
  const emails = shownEmails();
  let previous = -1;
  return [...guide.matchAll(pattern)].map((match) => {
    const settings = Object.fromEntries(
      match[1]!
        .trim()
        .split(/\s+/)
        .map((pair) => pair.split('=') as [string, string]),
    );
    const query = match[2]!;
    const operation = parse(query).definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    return {
      kind: 'graphql' as const,
      index: match.index!,
      name: operation?.name?.value ?? 'anonymous operation',
      as: settings.as ?? 'anonymous',
      expect: settings.expect ?? null,
      save: (settings.save ?? '')
        .split(',')
        .filter(Boolean)
        .map((entry) => entry.split(':') as [string, string]),
      query,
      variables: match[3] ?? '{}',
      response: match[4] ?? null,
      subscription: operation?.operation === 'subscription',
      readsSprints: match.index! >= beforeSprints.length,
      readsNotifications: match.index! >= beforeNotifications.length,
      readsAnalytics: match.index! >= beforeAnalytics.length,
      readsFiles: match.index! >= beforeFiles.length,
      emailToken: settings.emailToken ? (settings.emailToken.split(':') as [string, string]) : null,
      linkToken: settings.linkToken ? (settings.linkToken.split(':') as [string, string]) : null,
      emailsBefore: emailsBetween(emails, previous, (previous = match.index!)),
    };
  });
}

/**
 * A step a client takes outside GraphQL (sending a file's bytes, calling the REST endpoint, looking
 * at a download's headers): `<!-- shell: ... -->` and the ```sh block after it, which the test runs
 * with `/bin/sh -c`, then an optional `<!-- output -->` ```json or ```text block: what it prints.
 *
 * - It runs in a temporary folder holding the files of guide-files.ts (`screenshot.png`, ...), and
 *   what earlier steps wrote there.
 * - `{{name}}` is a value saved earlier (a token, a signed URL), substituted into the text as it is
 *   (so it must hold no quote, `$`, backquote or backslash); `$ROUTER` is the stack's router origin
 *   (http://localhost:4000 with `npm start`).
 * - Signed upload and download links point at the public URL the guide shows, http://localhost:4000:
 *   the folder's `.curlrc` (CURL_HOME) makes curl connect to the stack's router for that origin, so
 *   the commands run as shown with the links as received.
 * - `exit=N`: the exit status it must end with (0 unless told).
 * - `save=name:path,...`: values of the JSON it prints, for later examples and steps.
 * - A ```json output is compared as an answer is (IDs and times aside); ```text output line for
 *   line, without trailing blanks.
 */
interface ShellStep {
  kind: 'shell';
  index: number;
  name: string;
  script: string;
  exit: number;
  save: [string, string][];
  output: { format: 'json' | 'text'; text: string } | null;
  readsSprints: boolean;
  readsNotifications: boolean;
  readsAnalytics: boolean;
  readsFiles: boolean;
}

function shellSteps(): ShellStep[] {
  const pattern =
    /<!-- shell:([^>]*)-->\s*```sh\n([\s\S]*?)```(?:\s*<!-- output -->\s*```(json|text)\n([\s\S]*?)```)?/g;
  return [...guide.matchAll(pattern)].map((match) => {
    const settings = Object.fromEntries(
      match[1]!
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((pair) => pair.split('=') as [string, string]),
    );
    const script = match[2]!;
    return {
      kind: 'shell' as const,
      index: match.index!,
      name: `shell: ${script.split('\n')[0]!.slice(0, 60)}`,
      script,
      exit: Number(settings.exit ?? 0),
      save: (settings.save ?? '')
        .split(',')
        .filter(Boolean)
        .map((entry) => entry.split(':') as [string, string]),
      output: match[3] ? { format: match[3] as 'json' | 'text', text: match[4]! } : null,
      readsSprints: match.index! >= beforeSprints.length,
      readsNotifications: match.index! >= beforeNotifications.length,
      readsAnalytics: match.index! >= beforeAnalytics.length,
      readsFiles: match.index! >= beforeFiles.length,
    };
  });
}

/** Runs a shell step's script: its exit status and what it printed. */
function runShell(
  script: string,
  options: { cwd: string; env: Record<string, string> },
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/sh', ['-c', script], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Printed text as shown: line ends without carriage returns or trailing blanks. */
const asShownText = (text: string) =>
  text
    .replace(/\r/g, '')
    .replace(/[ \t]+$/gm, '')
    .trim();

/**
 * The emails the stack's mailer wrote, newest first (without SMTP_URL, test stacks write .eml files
 * to a folder of their own, named after the stack's database).
 */
function emailsTo(stack: TestStack, address: string) {
  const folder = stack.mailDir;
  let files: string[];
  try {
    files = readdirSync(folder).filter((name) => name.endsWith('.eml'));
  } catch {
    files = [];
  }
  return files
    .map((name) => ({ file: path.join(folder, name), at: statSync(path.join(folder, name)).mtimeMs }))
    .sort((a, b) => b.at - a.at)
    .map(({ file }) => parseEmail(readFileSync(file, 'utf8')))
    .filter((email) => (email.headers.get('to') ?? '').toLowerCase().includes(address.toLowerCase()));
}

/** The unsubscribe token of an email's List-Unsubscribe header. */
const unsubscribeTokenOf = (email: ReturnType<typeof parseEmail>): string | null => {
  const link = /<([^>]+)>/.exec(email.headers.get('list-unsubscribe') ?? '')?.[1];
  return link ? new URL(link.replace(/\s+/g, '')).searchParams.get('token') : null;
};

/** Email text as shown: times and tokens differ on every run. */
const withoutTimesAndTokens = (text: string): string =>
  text
    .replace(/token=[A-Za-z0-9_.%-]+/g, 'token=<token>')
    .replace(/^(\s*(?:Time|Expires): ).*$/gm, '$1<time>')
    .replace(/[ \t]+$/gm, '')
    .trim();

/** The events the guide shows a subscription receiving: each `<!-- event -->` and the ```json block after it. */
function shownEvents(): unknown[] {
  return [...guide.matchAll(/<!-- event -->\s*```json\n([\s\S]*?)```/g)].map((match) => JSON.parse(match[1]!));
}

const isoTime = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
/** The token of a signed upload or download link (lib/files/file-links). */
const signedLinkToken = /(\/files\/(?:upload|download)\/)[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g;
/** Times, IDs, webhook secrets and the tokens of signed links differ from run to run; everything else must be as shown. */
const withoutTimesAndIds = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value), (_key, item: unknown) => {
    if (typeof item !== 'string') return item;
    if (isoTime.test(item)) return '<time>';
    if (/^whsec_[A-Za-z0-9+/]+=*$/.test(item)) return '<webhook secret>';
    return decodeGlobalId(item) ? '<id>' : item.replace(signedLinkToken, '$1<token>');
  });

async function waitUntil(condition: () => boolean, what = 'The subscription was not registered'): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`${what} within 5 s.`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const at = (value: unknown, dotted: string): unknown =>
  dotted.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value);

const publicOrigin = 'http://localhost:4000';

describe('the API guide (docs/api.md, docs/work-items/, docs/sprints/, docs/notifications/, docs/analytics/, docs/files/, docs/tokens/, docs/integrations/ and docs/rest/)', () => {
  // The guide shows emails and file links as `npm start` makes them, with links to the router's default port.
  const stack = useTestStack({ email: { publicUrl: publicOrigin } });
  const saved = new Map<string, string>();
  const all = examples();
  const shells = shellSteps();
  const steps: (Example | ShellStep)[] = [...all, ...shells].sort((a, b) => a.index - b.index);
  const events = shownEvents();
  let pending: { client: Client; live: LiveSubscription; shown: unknown; before: number } | null = null;
  // Where shell steps run: the guide's files, and a .curlrc sending the public origin to this stack's router.
  let workDir = '';
  beforeAll(() => {
    workDir = mkdtempSync(path.join(os.tmpdir(), 'api-guide-'));
    for (const [name, bytes] of Object.entries(guideFiles())) writeFileSync(path.join(workDir, name), bytes);
    const router = new URL(stack.routerUrl);
    const curlHome = path.join(workDir, '.curl');
    mkdirSync(curlHome);
    writeFileSync(path.join(curlHome, '.curlrc'), `connect-to = localhost:4000:${router.hostname}:${router.port}\n`);
  });
  afterAll(async () => {
    await pending?.client.dispose();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('shows the event each subscription example receives', () => {
    expect(events).toHaveLength(all.filter((example) => example.subscription).length);
  });

  it('checks every response it shows', () => {
    expect(all.filter((example) => example.response)).toHaveLength(guide.split('<!-- response -->').length - 1);
  });

  it('runs every shell step it shows, and checks the output it shows', () => {
    expect(shells).toHaveLength(guide.split('<!-- shell:').length - 1);
    expect(shells.filter((step) => step.output)).toHaveLength(guide.split('<!-- output -->').length - 1);
  });

  it('checks every email it shows', () => {
    expect(all.flatMap((example) => example.emailsBefore)).toHaveLength(guide.split('<!-- email:').length - 1);
  });

  it('documents every query and mutation of the API with at least one example', () => {
    expect(all).toHaveLength(guide.split('<!-- example:').length - 1);
    const documented = new Set(
      all.flatMap((e) =>
        parse(e.query).definitions.flatMap((d) =>
          d.kind === Kind.OPERATION_DEFINITION
            ? d.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []))
            : [],
        ),
      ),
    );
    const api = Supergraph.build(readFileSync(supergraphSdlPath, 'utf8')).apiSchema().toGraphQLJSSchema();
    const rootFields = [api.getQueryType(), api.getMutationType(), api.getSubscriptionType()].flatMap((type) =>
      Object.keys(type?.getFields() ?? {}),
    );
    const undocumented = rootFields.filter((field) => !documented.has(field));
    expect(undocumented).toEqual([]);
  });

  const substitute = (text: string, quote: (value: string, key: string) => string = (value) => value) =>
    text.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => {
      const value = saved.get(key);
      if (value === undefined) throw new Error(`{{${key}}} is used before an example saves it`);
      return quote(value, key);
    });

  async function runShellStep(step: ShellStep) {
    const script = substitute(step.script, (value, key) => {
      if (/["'`$\\]/.test(value)) throw new Error(`{{${key}}} holds a character a shell would interpret`);
      return value;
    });
    const router = new URL(stack.routerUrl).origin;
    const run = await runShell(script, {
      cwd: workDir,
      env: { ROUTER: router, CURL_HOME: path.join(workDir, '.curl') },
    });
    if (run.code !== step.exit) {
      throw new Error(`exit status ${run.code}, not ${step.exit}:\n${run.stdout}\n${run.stderr}`.slice(0, 4000));
    }
    const printed = () => {
      try {
        return JSON.parse(run.stdout) as unknown;
      } catch {
        throw new Error(`not JSON: ${run.stdout.slice(0, 500)}`);
      }
    };
    if (step.output?.format === 'json') {
      expect(withoutTimesAndIds(printed())).toEqual(withoutTimesAndIds(JSON.parse(step.output.text)));
    } else if (step.output) {
      expect(asShownText(run.stdout)).toBe(asShownText(step.output.text));
    }
    for (const [name, dotted] of step.save) {
      const value = at(printed(), dotted);
      expect(typeof value).toBe('string');
      saved.set(name, value as string);
    }
  }

  it.each(steps.map((step, index) => [`${index + 1}. ${step.name}`, step] as const))(
    '%s runs as documented',
    async (_label, example) => {
      // As a client sees it a moment after the previous change.
      if (example.readsSprints) await untilSprintsCaughtUp(stack);
      if (example.readsAnalytics) await untilAnalyticsCaughtUp(stack);
      if (example.readsNotifications) {
        // And the emails due by now are sent, as the mailer (every second) would have done.
        await untilNotificationsCaughtUp(stack);
        await stack.mailer.runDue();
      }
      // And the thumbnails and previews of the files uploaded by now are made, as the preview worker (every 2 s) would have.
      if (example.readsFiles) await stack.previews.runDue();
      if (example.kind === 'shell') return runShellStep(example);
      for (const shown of example.emailsBefore) {
        const [newest] = emailsTo(stack, shown.to);
        expect(newest).toBeDefined();
        expect(withoutTimesAndTokens(`Subject: ${newest!.subject}\n\n${newest!.text}`)).toBe(
          withoutTimesAndTokens(shown.text),
        );
      }
      if (example.emailToken) {
        const [name, address] = example.emailToken;
        const [newest] = emailsTo(stack, address);
        const unsubscribeToken = newest && unsubscribeTokenOf(newest);
        if (!unsubscribeToken) throw new Error(`no email to ${address} with an unsubscribe link`);
        saved.set(name, unsubscribeToken);
      }
      if (example.linkToken) {
        const [name, address] = example.linkToken;
        const [newest] = emailsTo(stack, address);
        const token = newest && /[?&]token=([A-Za-z0-9_.%-]+)/.exec(newest.text)?.[1];
        if (!token) throw new Error(`no email to ${address} with a link`);
        saved.set(name, decodeURIComponent(token));
      }
      const variables = JSON.parse(substitute(example.variables)) as Record<string, unknown>;
      const token = example.as === 'anonymous' ? undefined : saved.get(example.as);
      if (example.as !== 'anonymous' && !token) throw new Error(`no token saved as ${example.as}`);
      if (example.subscription) {
        // Kept open: the next example makes the change, and the event must then be the one shown.
        const before = stack.activeSubscriptions();
        const client = await connectSubscriptions(stack.routerUrl, token!);
        const live = subscribe(client, example.query, variables);
        pending = { client, live, shown: events.shift(), before };
        await waitUntil(() => stack.activeSubscriptions() > before);
        return;
      }
      const res = await graphql(stack.routerUrl, example.query, variables, { token });
      if (pending) {
        const { client, live, shown, before } = pending;
        pending = null;
        const received = await live.next();
        await client.dispose();
        // The router drops the subscription once it reads the close: the next subscription example
        // counts from there.
        await waitUntil(() => stack.activeSubscriptions() <= before, 'The subscription was not dropped');
        expect(withoutTimesAndIds(received)).toEqual(withoutTimesAndIds(shown));
      }
      if (example.expect) {
        expect(res.body.errors?.[0]?.extensions?.code).toBe(example.expect);
      } else {
        expect(res.body.errors).toBeUndefined();
      }
      // A refusal shown is the answer it gets, as a success is.
      if (example.response) {
        const shown = JSON.parse(example.response) as Record<string, unknown>;
        // Every answer carries extensions.cost (docs/api.md, Conventions); answers shown without
        // extensions leave it out.
        const { extensions, ...answer } = res.body;
        const received = 'extensions' in shown ? { ...answer, extensions } : answer;
        expect(withoutTimesAndIds(received)).toEqual(withoutTimesAndIds(shown));
      }
      if (example.expect) return;
      for (const [name, dotted] of example.save) {
        const value = at(res.body.data, dotted);
        expect(typeof value).toBe('string');
        saved.set(name, value as string);
      }
    },
  );
});
