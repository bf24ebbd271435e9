import { anonymous, errorOf, dataOf, signUpUser, useSubgraph } from '../../testkit';
import { freezeDateAt } from '../../testkit/fake-date';
import {
  logInMutation,
  logOutMutation,
  meQuery,
  refreshMutation,
  signUpMutation,
  uniqueEmail,
} from '../../users/helpers';

const users = useSubgraph('users');
afterEach(() => jest.useRealTimers());

const signUp = (input: Record<string, unknown>) =>
  users.execute(anonymous, signUpMutation, {
    input: { email: uniqueEmail(), password: 'a long enough password', name: 'Ada Lovelace', ...input },
  });
const logIn = (email: string, password: string) =>
  users.execute(anonymous, logInMutation, { input: { email, password } });
const refresh = (refreshToken: string) => users.execute(anonymous, refreshMutation, { input: { refreshToken } });

describe('signUp', () => {
  it('creates an account, signs it in and lets it read its own email and preferences', async () => {
    const email = uniqueEmail('Mixed.Case');
    const res = await signUp({ email: `  ${email.toUpperCase()} `, name: '  Ada  ' });
    const { signUp: payload } = dataOf(res);
    expect(payload.user).toMatchObject({ name: 'Ada', email: email.toLowerCase(), preferences: { locale: 'en-US' } });
    expect(new Date(payload.accessTokenExpiresAt).getTime()).toBeGreaterThan(Date.now() + 14 * 60 * 1000);
    expect(payload.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const me = dataOf(await users.execute({ token: payload.accessToken }, meQuery, {}));
    expect(me.me).toMatchObject({ id: payload.user.id, email: email.toLowerCase() });
  });

  it.each([
    ['an email without a domain', { email: 'ada@' }, 'input.email'],
    ['an email without an at sign', { email: 'ada.example.com' }, 'input.email'],
    ['an email longer than 254 characters', { email: `${'a'.repeat(250)}@example.com` }, 'input.email'],
    ['a password shorter than 10 characters', { password: 'short' }, 'input.password'],
    ['a password longer than 200 characters', { password: 'p'.repeat(201) }, 'input.password'],
    ['a blank name', { name: '   ' }, 'input.name'],
    ['a name longer than 100 characters', { name: 'n'.repeat(101) }, 'input.name'],
  ])('rejects %s with BAD_USER_INPUT on the field', async (_label, input, field) => {
    expect(errorOf(await signUp(input))).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('rejects an email that is already taken, whatever its case, with CONFLICT', async () => {
    const email = uniqueEmail();
    dataOf(await signUp({ email }));
    expect(errorOf(await signUp({ email: email.toUpperCase() }))).toMatchObject({
      code: 'CONFLICT',
      field: 'input.email',
    });
  });
});

describe('logIn', () => {
  it('signs in with the right password, ignoring the case of the email', async () => {
    const user = await signUpUser(users, { email: uniqueEmail() });
    const res = await logIn(user.email.toUpperCase(), user.password);
    expect(dataOf(res).logIn.user).toMatchObject({ id: user.userId, email: user.email });
  });

  it('answers a wrong password and an unknown email with the same generic UNAUTHENTICATED error', async () => {
    const user = await signUpUser(users, { email: uniqueEmail() });
    const wrongPassword = errorOf(await logIn(user.email, 'not the password at all'));
    const unknownEmail = errorOf(await logIn(uniqueEmail('nobody'), 'not the password at all'));
    expect(wrongPassword).toEqual({ code: 'UNAUTHENTICATED', message: 'Invalid email or password.' });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it('rejects a malformed email and an empty password with BAD_USER_INPUT', async () => {
    expect(errorOf(await logIn('not-an-email', 'whatever password'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.email',
    });
    expect(errorOf(await logIn(uniqueEmail(), ''))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
  });

  it('blocks sign-in after five failures, even with the right password, with a growing retryAfterSeconds', async () => {
    const user = await signUpUser(users, { email: uniqueEmail() });
    // Frozen, so the one-second block cannot run out on a slow machine before it is observed.
    freezeDateAt(new Date());
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(errorOf(await logIn(user.email, 'wrong password!'))).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
    const blocked = await logIn(user.email, user.password);
    expect(blocked.body.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 1 });

    jest.setSystemTime(Date.now() + 1000);
    expect(errorOf(await logIn(user.email, 'wrong password!'))).toMatchObject({ code: 'UNAUTHENTICATED' });
    const blockedLonger = await logIn(user.email, user.password);
    expect(blockedLonger.body.errors?.[0]?.extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds: 2,
    });
  });

  it('throttles unknown emails exactly like known ones, so throttling reveals no accounts', async () => {
    const email = uniqueEmail('ghost');
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(errorOf(await logIn(email, 'wrong password!'))).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
    expect(errorOf(await logIn(email, 'wrong password!'))).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
  });

  it('forgets earlier failures after a successful sign-in', async () => {
    const user = await signUpUser(users, { email: uniqueEmail() });
    for (let attempt = 0; attempt < 4; attempt += 1) await logIn(user.email, 'wrong password!');
    dataOf(await logIn(user.email, user.password));
    for (let attempt = 0; attempt < 4; attempt += 1) {
      expect(errorOf(await logIn(user.email, 'wrong password!'))).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
    dataOf(await logIn(user.email, user.password));
  });
});

describe('refreshSession', () => {
  it('rotates the refresh token: the new one works and the session user is returned', async () => {
    const user = await signUpUser(users, { email: uniqueEmail() });
    const first = dataOf(await refresh(user.refreshToken)).refreshSession;
    expect(first.refreshToken).not.toBe(user.refreshToken);
    expect(first.user).toMatchObject({ id: user.userId, email: user.email });
    const me = dataOf(await users.execute({ token: first.accessToken }, meQuery, {}));
    expect(me.me.id).toBe(user.userId);
    dataOf(await refresh(first.refreshToken));
  });

  it('rejects a reused refresh token and revokes its whole family', async () => {
    const user = await signUpUser(users, { email: uniqueEmail() });
    const rotated = dataOf(await refresh(user.refreshToken)).refreshSession;
    const reuse = errorOf(await refresh(user.refreshToken));
    expect(reuse.code).toBe('UNAUTHENTICATED');
    expect(reuse.message).toMatch(/already used/);
    expect(errorOf(await refresh(rotated.refreshToken))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('lets only one of two concurrent refreshes with the same token win', async () => {
    const user = await signUpUser(users, { email: uniqueEmail() });
    const results = await Promise.all([refresh(user.refreshToken), refresh(user.refreshToken)]);
    const succeeded = results.filter((res) => !res.body.errors);
    expect(succeeded).toHaveLength(1);
  });

  it('does not touch other sessions of the same user when one family is revoked', async () => {
    const user = await signUpUser(users, { email: uniqueEmail() });
    const other = dataOf(await logIn(user.email, user.password)).logIn;
    dataOf(await refresh(user.refreshToken));
    await refresh(user.refreshToken);
    dataOf(await refresh(other.refreshToken));
  });

  it('rejects an unknown or malformed refresh token with a generic UNAUTHENTICATED error', async () => {
    expect(errorOf(await refresh('x'.repeat(43)))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(errorOf(await refresh(''))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(errorOf(await refresh('y'.repeat(5000)))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('logOut', () => {
  it('ends the session family so its refresh tokens stop working, and succeeds again when repeated', async () => {
    const user = await signUpUser(users, { email: uniqueEmail() });
    const rotated = dataOf(await refresh(user.refreshToken)).refreshSession;
    const logOut = () => users.execute(anonymous, logOutMutation, { input: { refreshToken: rotated.refreshToken } });
    expect(dataOf(await logOut()).logOut).toEqual({ success: true });
    expect(errorOf(await refresh(rotated.refreshToken))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(dataOf(await logOut()).logOut).toEqual({ success: true });
  });

  it('answers success for an unknown token, so it cannot be used to test tokens', async () => {
    const res = await users.execute(anonymous, logOutMutation, { input: { refreshToken: 'z'.repeat(43) } });
    expect(dataOf(res).logOut).toEqual({ success: true });
  });
});

describe('me', () => {
  it('fails with UNAUTHENTICATED without an access token', async () => {
    expect(errorOf(await users.execute(anonymous, meQuery))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
