import { serverAudits } from 'graphql-http';
import { startFakeStack, type FakeStack } from './fake-subgraphs';

let stack: FakeStack;
beforeAll(async () => {
  stack = await startFakeStack();
});
afterAll(async () => {
  await stack?.stop();
});

// The GraphQL-over-HTTP spec's own audits: every MUST passes; SHOULD and MAY are reported only.
it('passes every MUST audit of graphql-http', async () => {
  const audits = serverAudits({ url: stack.routerUrl, fetchFn: fetch });
  const failures: string[] = [];
  const warnings: string[] = [];
  for (const audit of audits) {
    const result = await audit.fn();
    if (result.status === 'ok') continue;
    const line = `${audit.name}: ${result.reason}`;
    if (audit.name.startsWith('MUST')) failures.push(line);
    else warnings.push(line);
  }
  if (warnings.length) console.info(`graphql-http SHOULD/MAY not met:\n${warnings.join('\n')}`);
  expect(audits.filter((audit) => audit.name.startsWith('MUST')).length).toBeGreaterThan(10);
  expect(failures).toEqual([]);
});
