import { graphql, useTestStack } from '../testkit';

// A week-long window, so the counts of one test are never split by a window that ends mid-test.
const windowMs = 7 * 24 * 3600 * 1000;
const stack = useTestStack({ routerLimits: { signUpsPerWindow: 3, rateLimitWindowMs: windowMs } });

const signUpInput = (name: string) =>
  `{ email: "${name}@example.com", password: "correct horse battery staple", name: "${name}" }`;

async function canLogIn(email: string): Promise<boolean> {
  const res = await graphql(
    stack.routerUrl,
    'mutation ($input: LogInInput!) { logIn(input: $input) { accessToken } }',
    { input: { email, password: 'correct horse battery staple' } },
  );
  return Boolean(res.body.data?.logIn?.accessToken);
}

describe('Mutations that hash passwords or mint sessions', () => {
  it('refuse thirty aliased sign-ups in one request before any account is made', async () => {
    const aliases = Array.from(
      { length: 30 },
      (_, i) => `a${i}: signUp(input: ${signUpInput(`alias-${i}`)}) { user { id } }`,
    );
    const res = await graphql(stack.routerUrl, `mutation { ${aliases.join(' ')} }`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toEqual({
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: 'credentialMutations',
    });
    expect(await canLogIn('alias-0@example.com')).toBe(false);
  });

  it('refuse two of them hidden in fragments', async () => {
    const res = await graphql(
      stack.routerUrl,
      `mutation { ...A ... on Mutation { logIn(input: { email: "x@example.com", password: "x" }) { accessToken } } }
       fragment A on Mutation { signUp(input: ${signUpInput('fragment')}) { user { id } } }`,
    );
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.limit).toBe('credentialMutations');
  });

  it('count each sign-up against a budget per client address, answering 429 with Retry-After beyond it', async () => {
    const signUp = (name: string) =>
      graphql(stack.routerUrl, `mutation { signUp(input: ${signUpInput(name)}) { user { id } } }`);
    // Counters restart when a fixed window ends: if this one ends within 20 s, start in the next.
    const untilReset = windowMs - (Date.now() % windowMs);
    if (untilReset < 20_000) await new Promise((resolve) => setTimeout(resolve, untilReset + 1000));
    // The aliased attempts above were refused before counting; three sign-ups fit the budget of 3.
    for (const name of ['budget-1', 'budget-2', 'budget-3'])
      expect((await signUp(name)).body.data?.signUp?.user?.id).toBeTruthy();
    const refused = await signUp('budget-4');
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    expect(refused.body.errors?.[0]?.extensions).toEqual({
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds: expect.any(Number),
    });
    expect(await canLogIn('budget-4@example.com')).toBe(false);
    expect(await canLogIn('budget-1@example.com')).toBe(true);
  });
});
