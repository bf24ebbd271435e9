import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { defaultLimits } from '../router/config';
import { mutationWeight } from '../router/limits/cost';
import { startTestStack, type TestStack } from './testkit';

const readme = readFileSync(path.resolve(__dirname, '../README.md'), 'utf8');

function curlExample(): string {
  const section = readme.slice(readme.indexOf('## Try it with curl'));
  const match = /```sh\n([\s\S]*?)```/.exec(section);
  if (!match?.[1]) throw new Error('The README has no curl example');
  return match[1];
}

describe('the README curl walkthrough', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());

  it('signs up, creates an organization, invites a member who accepts, creates a project and reads their names through the router', async () => {
    const { stdout, stderr } = await promisify(execFile)('bash', ['-c', `set -eu\n${curlExample()}`], {
      env: { ...process.env, URL: stack.routerUrl, TOKEN: '' },
    });
    const lines = stdout.split('\n').filter((line) => line.trim());
    if (lines.length !== 3) throw new Error(`unexpected output:\n${stdout}\n${stderr}`);
    // The write each mutation stands for, and its payload object.
    const cost = { cost: { requested: mutationWeight + 1, limit: defaultLimits.maxCost } };
    expect(JSON.parse(lines[0]!)).toEqual({ data: { acceptInvitation: { role: 'MEMBER' } }, extensions: cost });
    expect(JSON.parse(lines[1]!)).toEqual({ data: { addProjectMember: { role: 'MEMBER' } }, extensions: cost });
    const project = JSON.parse(lines[2]!).data.project;
    expect(project).toMatchObject({ key: 'WEB', name: 'Website', members: { totalCount: 2 } });
    const members = project.members.edges.map((e: { role: string; node: { name: string } }) => [e.node.name, e.role]);
    expect(members.sort()).toEqual([
      ['Me', 'ADMIN'],
      ['Sam', 'MEMBER'],
    ]);
  });
});
