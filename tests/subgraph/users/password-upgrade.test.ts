import { Client } from 'pg';
import { createPasswordHasher } from '../../../subgraphs/users/auth/passwords';
import { anonymous, dataOf, errorOf, signUpUser, useSubgraph } from '../../testkit';
import { logInMutation, uniqueEmail } from '../../users/helpers';

// Cost 13 stands for "raised since these accounts signed up at 12"; both are cheap for a test.
const users = useSubgraph('users', { env: { PASSWORD_HASH_COST: 13 } });

async function onDatabase<T>(run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: users.databaseUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const storedHashOf = (email: string) =>
  onDatabase(async (client) => {
    const { rows } = await client.query<{ password_hash: string }>(
      'select password_hash from users."user" where email = $1',
      [email],
    );
    return rows[0]!.password_hash;
  });

const setStoredHash = (email: string, hash: string) =>
  onDatabase((client) => client.query('update users."user" set password_hash = $2 where email = $1', [email, hash]));

const logIn = (email: string, password: string) =>
  users.execute(anonymous, logInMutation, { input: { email, password } });

describe('Raising the password hash cost', () => {
  it('new accounts are hashed at the configured cost', async () => {
    const owner = await signUpUser(users, { email: uniqueEmail('fresh') });
    expect((await storedHashOf(owner.email)).split('$')[1]).toBe(String(2 ** 13));
  });

  it('an account hashed at a lower cost still signs in, and its hash is upgraded to the current cost', async () => {
    const owner = await signUpUser(users, { email: uniqueEmail('older') });
    await setStoredHash(owner.email, await createPasswordHasher(12).hash(owner.password));

    expect(dataOf(await logIn(owner.email, owner.password)).logIn.user.id).toBe(owner.userId);
    const upgraded = await storedHashOf(owner.email);
    expect(upgraded.split('$')[1]).toBe(String(2 ** 13));
    expect(dataOf(await logIn(owner.email, owner.password)).logIn.user.id).toBe(owner.userId);
    expect(await storedHashOf(owner.email)).toBe(upgraded);
  });

  it('a wrong password against an older hash changes nothing', async () => {
    const owner = await signUpUser(users, { email: uniqueEmail('wrong') });
    const older = await createPasswordHasher(12).hash(owner.password);
    await setStoredHash(owner.email, older);

    expect(errorOf(await logIn(owner.email, 'not the password'))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await storedHashOf(owner.email)).toBe(older);
  });
});
