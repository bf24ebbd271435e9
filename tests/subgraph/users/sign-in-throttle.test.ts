import { dataOf, errorOf, fromAddress, signUpUser, useSubgraph, type TestUser } from '../../testkit';
import { freezeDateAt } from '../../testkit/fake-date';
import { logInMutation, uniqueEmail } from '../../users/helpers';

// Each test signs in from the addresses it names, as the router would report them; lower thresholds
// than the defaults (100 and 50), so a test makes fewer password checks to reach them, and cheaper
// ones: throttling is what is tested here, and dozens of full-cost scrypt runs starve a busy machine.
const users = useSubgraph('users', {
  env: { SIGN_IN_ADDRESS_FREE_FAILURES: 20, SIGN_IN_ACCOUNT_FAILURE_CEILING: 12, PASSWORD_HASH_COST: 12 },
});

const logInFrom = (address: string, email: string, password: string) =>
  users.execute(fromAddress(address), logInMutation, { input: { email, password } });

const failFrom = async (address: string, email: string) =>
  (await logInFrom(address, email, 'not the password')).body.errors?.[0]?.extensions?.code;

let owner: TestUser;
// Blocks last whole seconds: with the clock frozen, a slow machine cannot let one expire mid-test.
beforeEach(async () => {
  freezeDateAt(new Date());
  owner = await signUpUser(users, { email: uniqueEmail('owner') });
});
afterEach(() => jest.useRealTimers());

describe('Sign-in throttling', () => {
  it('a stranger guessing from another address cannot lock the owner out', async () => {
    dataOf(await logInFrom('203.0.113.10', owner.email, owner.password));
    for (let attempt = 0; attempt < 8; attempt += 1) await failFrom('198.51.100.66', owner.email);
    expect(await failFrom('198.51.100.66', owner.email)).toBe('TOO_MANY_REQUESTS');
    expect(dataOf(await logInFrom('203.0.113.10', owner.email, owner.password)).logIn.user.id).toBe(owner.userId);
  });

  it('the owner on a new address is not blocked by a stranger’s failures either', async () => {
    for (let attempt = 0; attempt < 8; attempt += 1) await failFrom('198.51.100.67', owner.email);
    expect(dataOf(await logInFrom('203.0.113.11', owner.email, owner.password)).logIn.user.id).toBe(owner.userId);
  });

  it('a stranger stays blocked longer with every failure, and only that stranger', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(await failFrom('198.51.100.68', owner.email)).toBe('UNAUTHENTICATED');
    }
    const blocked = await logInFrom('198.51.100.68', owner.email, owner.password);
    expect(blocked.body.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 1 });
    jest.setSystemTime(Date.now() + 1000);
    expect(await failFrom('198.51.100.68', owner.email)).toBe('UNAUTHENTICATED');
    const longer = await logInFrom('198.51.100.68', owner.email, owner.password);
    expect(longer.body.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 2 });
    expect(dataOf(await logInFrom('203.0.113.14', owner.email, owner.password)).logIn.user.id).toBe(owner.userId);
  });

  it('guessing from many addresses stops at the account’s ceiling for clients that never signed in, not the owner’s', async () => {
    dataOf(await logInFrom('203.0.113.12', owner.email, owner.password));
    await Promise.all(Array.from({ length: 12 }, (_, i) => failFrom(`192.0.2.${i + 1}`, owner.email)));
    const fresh = await logInFrom('192.0.2.200', owner.email, owner.password);
    expect(fresh.body.errors?.[0]?.extensions).toEqual({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 900 });
    expect(dataOf(await logInFrom('203.0.113.12', owner.email, owner.password)).logIn.user.id).toBe(owner.userId);
    jest.setSystemTime(Date.now() + 900_000);
    expect(dataOf(await logInFrom('192.0.2.200', owner.email, owner.password)).logIn.user.id).toBe(owner.userId);
  });

  it('one address guessing across many accounts is slowed down, for accounts it has not tried too', async () => {
    const sprayer = '198.51.100.99';
    for (let account = 0; account < 5; account += 1) {
      const email = uniqueEmail(`spray-${account}`);
      for (let attempt = 0; attempt < 4; attempt += 1) expect(await failFrom(sprayer, email)).toBe('UNAUTHENTICATED');
    }
    expect(errorOf(await logInFrom(sprayer, uniqueEmail('untried'), 'not the password'))).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
    });
    expect(dataOf(await logInFrom('203.0.113.13', owner.email, owner.password)).logIn.user.id).toBe(owner.userId);
  });
});
