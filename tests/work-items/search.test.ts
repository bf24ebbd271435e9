import {
  createProject,
  createWorkItem,
  dataOf,
  errorOf,
  graphql,
  seedProjectTeam,
  useTestStack,
  type ProjectTeam,
} from '../testkit';

// Query.search: full text over titles, descriptions and comments of the projects a caller reads,
// ranked, one hit per item, with the matched words marked in a snippet.
const stack = useTestStack();

const query = `query($org: ID!, $query: String!, $first: Int, $after: String) {
  search(organizationId: $org, query: $query, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { score matchedIn workItem { title } comment { body } snippet { text highlights { start end } } }
  }
}`;

interface Hit {
  score: number;
  matchedIn: string;
  workItem: { title: string };
  comment: { body: string } | null;
  snippet: { text: string; highlights: { start: number; end: number }[] };
}
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Hit[];
}

describe('search', () => {
  let team: ProjectTeam;

  beforeAll(async () => {
    team = await seedProjectTeam(stack);
    const item = (title: string, description = '') =>
      createWorkItem(stack, team.member.token, { projectId: team.project.id, type: 'TASK', title, description });
    await item('Deploy pipeline is slow', 'The nightly build takes an hour');
    await item('Billing page', 'After the last deploy the totals are wrong');
    const commented = await item('Onboarding checklist', 'Steps for new people');
    dataOf(
      await graphql(
        stack.routerUrl,
        'mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }',
        { input: { workItemId: commented.id, body: 'We should deploy the checklist as a template' } },
        { token: team.member.token },
      ),
    );
    await item('Unrelated', 'Nothing to see');
    // An item of a project the member cannot read never shows.
    const hidden = await createProject(stack, team.admin.token, team.organizationId);
    await createWorkItem(stack, team.admin.token, { projectId: hidden.id, type: 'TASK', title: 'Deploy secrets' });
  }, 60_000);

  const search = async (variables: Record<string, unknown>, token = team.member.token): Promise<Page> =>
    dataOf(
      await graphql<{ search: Page }>(stack.routerUrl, query, { org: team.organizationId, ...variables }, { token }),
    ).search;
  const marked = (hit: Hit) => hit.snippet.highlights.map(({ start, end }) => hit.snippet.text.slice(start, end));

  it('ranks a title match first, then description and comment matches, one hit per item with its words marked', async () => {
    const page = await search({ query: 'deploy' });
    expect(page.totalCount).toBe(3);
    expect(page.nodes.map((hit) => [hit.workItem.title, hit.matchedIn])).toEqual([
      ['Deploy pipeline is slow', 'TITLE'],
      ['Billing page', 'DESCRIPTION'],
      ['Onboarding checklist', 'COMMENT'],
    ]);
    const scores = page.nodes.map((hit) => hit.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(page.nodes[2]!.comment).toEqual({ body: 'We should deploy the checklist as a template' });
    expect(page.nodes.map(marked)).toEqual([['Deploy'], ['deploy'], ['deploy']]);
    expect(page.nodes[1]!.snippet.text).toContain('After the last deploy the totals are wrong');
  });

  it('counts an item once however many of its texts match, and shows its best match', async () => {
    const comment = async (workItemId: string, body: string) =>
      dataOf(
        await graphql(
          stack.routerUrl,
          'mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }',
          { input: { workItemId, body } },
          { token: team.member.token },
        ),
      );
    const titled = await createWorkItem(stack, team.member.token, {
      projectId: team.project.id,
      type: 'TASK',
      title: 'Rollback drill',
    });
    await comment(titled.id, 'The rollback worked');
    await comment(titled.id, 'rollback rollback rollback');
    const discussed = await createWorkItem(stack, team.member.token, {
      projectId: team.project.id,
      type: 'TASK',
      title: 'Release train',
    });
    await comment(discussed.id, 'a rollback, once, during a long release with many unrelated words around it');
    await comment(discussed.id, 'rollback rollback rollback');
    const page = await search({ query: 'rollback' });
    expect(page.totalCount).toBe(2);
    expect(page.nodes.map((hit) => [hit.workItem.title, hit.matchedIn, hit.comment?.body ?? null])).toEqual([
      ['Rollback drill', 'TITLE', null],
      ['Release train', 'COMMENT', 'rollback rollback rollback'],
    ]);
  });

  it('matches every word, as prefixes', async () => {
    const page = await search({ query: 'dep tot' });
    expect(page.nodes.map((hit) => hit.workItem.title)).toEqual(['Billing page']);
    expect(marked(page.nodes[0]!)).toEqual(['deploy', 'totals']);
  });

  it('pages through the hits with cursors, without gaps or repeats', async () => {
    const titles: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 4; i++) {
      const page: Page = await search({ query: 'deploy', first: 1, after });
      titles.push(...page.nodes.map((hit) => hit.workItem.title));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(titles).toEqual(['Deploy pipeline is slow', 'Billing page', 'Onboarding checklist']);
  });

  it('searches only what the caller reads: an ADMIN finds the other project’s item, an outsider nothing', async () => {
    expect((await search({ query: 'deploy' }, team.admin.token)).totalCount).toBe(4);
    expect(await search({ query: 'deploy' }, team.outsider.token)).toMatchObject({ totalCount: 0, nodes: [] });
  });

  it('marks only matched words, whatever control characters the text holds', async () => {
    await createWorkItem(stack, team.member.token, {
      projectId: team.project.id,
      type: 'TASK',
      title: 'Odd text',
      description: 'before\u0001zebra\u0002after and one zebra',
    });
    const [hit] = (await search({ query: 'zebra' })).nodes;
    expect([...hit!.snippet.text].filter((char) => char === '\u0001' || char === '\u0002')).toEqual([]);
    expect(marked(hit!)).toEqual(['zebra']);
  });

  it('shows a short title or text whole, its first words included, and a long one as a passage', async () => {
    const create = (title: string, description = '') =>
      createWorkItem(stack, team.member.token, { projectId: team.project.id, type: 'TASK', title, description });
    await create('Fix the login redirect on mobile');
    const filler = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    await create('Long notes', `Opening words ${filler} and then the quokka appears ${filler}`);
    const [title] = (await search({ query: 'redirect' })).nodes;
    expect(title!.snippet.text).toBe('Fix the login redirect on mobile');
    expect(marked(title!)).toEqual(['redirect']);
    const [long] = (await search({ query: 'quokka' })).nodes;
    expect(marked(long!)).toEqual(['quokka']);
    expect(long!.snippet.text).not.toContain('Opening words');
    expect(long!.snippet.text.split(' ').length).toBeLessThanOrEqual(30);
  });

  it('refuses an empty or too long query and a bad cursor, naming the argument', async () => {
    const refused = async (variables: Record<string, unknown>) =>
      errorOf(
        await graphql(stack.routerUrl, query, { org: team.organizationId, ...variables }, { token: team.member.token }),
      );
    expect(await refused({ query: ' !! ' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    expect(await refused({ query: 'x'.repeat(201) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    expect(await refused({ query: 'deploy', after: 'bm9wZQ' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
    const anyItem = '00000000-0000-4000-8000-000000000000';
    const withNul = Buffer.from(JSON.stringify(['0.1\u0000', anyItem])).toString('base64url');
    expect(await refused({ query: 'deploy', after: withNul })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it('takes any finite score in a cursor, however far outside what scores are', async () => {
    const cursor = (score: string) =>
      Buffer.from(JSON.stringify([score, '00000000-0000-4000-8000-000000000000'])).toString('base64url');
    expect((await search({ query: 'deploy', after: cursor('1e-50') })).nodes).toEqual([]);
    expect((await search({ query: 'deploy', after: cursor('1e300') })).nodes).toHaveLength(3);
  });
});
