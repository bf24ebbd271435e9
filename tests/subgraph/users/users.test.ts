import { anonymous, dataOf, errorOf, querySql, signUpUser, useSubgraph } from '../../testkit';
import { uniqueEmail } from '../../users/helpers';

const users = useSubgraph('users');

const newUser = () => signUpUser(users, { email: uniqueEmail() });
const rawId = (id: string) => Buffer.from(id, 'base64url').toString('utf8').split(':')[1]!;

describe('updateMe', () => {
  const mutation = `mutation($input: UpdateMeInput!) { updateMe(input: $input) { user { id name } } }`;

  it('changes the display name, trimmed, and leaves it alone when omitted', async () => {
    const user = await newUser();
    const renamed = await users.execute(user, mutation, { input: { name: '  Grace Hopper ' } });
    expect(dataOf(renamed).updateMe.user).toEqual({ id: user.userId, name: 'Grace Hopper' });
    const unchanged = await users.execute(user, mutation, { input: {} });
    expect(dataOf(unchanged).updateMe.user.name).toBe('Grace Hopper');
  });

  it.each([
    ['a blank name', { name: '  ' }],
    ['a name longer than 100 characters', { name: 'x'.repeat(101) }],
    ['an explicit null name', { name: null }],
  ])('rejects %s with BAD_USER_INPUT on input.name', async (_label, input) => {
    const user = await newUser();
    const res = await users.execute(user, mutation, { input });
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
  });

  it('requires a signed-in caller', async () => {
    expect(errorOf(await users.execute(anonymous, mutation, { input: { name: 'X' } }))).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});

describe('updateMyPreferences', () => {
  const mutation = `mutation($input: UpdateMyPreferencesInput!) {
    updateMyPreferences(input: $input) {
      user { id }
      preferences {
        reducedMotion highContrast fontScale screenReaderOptimized colorVisionMode keyboardFirst locale timeZone
      }
    }
  }`;

  it('starts from accessible defaults and stores changes in canonical form', async () => {
    const user = await newUser();
    const defaults = await users.execute(
      user,
      `
        {
          me {
            preferences {
              fontScale
              colorVisionMode
              locale
              timeZone
            }
          }
        }
      `,
      {},
    );
    expect(dataOf(defaults).me.preferences).toEqual({
      fontScale: 1,
      colorVisionMode: 'NONE',
      locale: 'en-US',
      timeZone: 'UTC',
    });
    const input = {
      reducedMotion: true,
      highContrast: true,
      fontScale: 1.5,
      screenReaderOptimized: true,
      colorVisionMode: 'DEUTERANOPIA',
      keyboardFirst: true,
      locale: 'EN-gb',
      timeZone: 'europe/berlin',
    };
    const res = await users.execute(user, mutation, { input });
    expect(dataOf(res).updateMyPreferences).toEqual({
      user: { id: user.userId },
      preferences: { ...input, locale: 'en-GB', timeZone: 'Europe/Berlin' },
    });
    const partial = await users.execute(user, mutation, { input: { fontScale: 0.75 } });
    expect(dataOf(partial).updateMyPreferences.preferences).toMatchObject({ fontScale: 0.75, locale: 'en-GB' });
  });

  it.each([
    ['Asia/Kolkata', 'Asia/Kolkata'],
    ['Europe/Kyiv', 'Europe/Kyiv'],
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['europe/kiev', 'Europe/Kyiv'],
  ])('stores the time zone %s as the current IANA name %s and returns it so', async (chosen, current) => {
    const user = await newUser();
    const res = await users.execute(user, mutation, { input: { timeZone: chosen } });
    expect(dataOf(res).updateMyPreferences.preferences.timeZone).toBe(current);
    const me = await users.execute(user, '{ me { preferences { timeZone } } }', {});
    expect(dataOf(me).me.preferences.timeZone).toBe(current);
    const [row] = await querySql<{ time_zone: string }>(users, 'SELECT time_zone FROM users."user" WHERE id = $1', [
      rawId(user.userId),
    ]);
    expect(row?.time_zone).toBe(current);
  });

  it('reads a zone stored under its former name as its current name', async () => {
    const user = await newUser();
    await querySql(users, `UPDATE users."user" SET time_zone = 'Europe/Kiev' WHERE id = $1`, [rawId(user.userId)]);
    const me = await users.execute(user, '{ me { preferences { timeZone } } }', {});
    expect(dataOf(me).me.preferences.timeZone).toBe('Europe/Kyiv');
  });

  it.each([
    ['a font scale below 0.75', { fontScale: 0.5 }, 'input.fontScale'],
    ['a font scale above 2', { fontScale: 2.01 }, 'input.fontScale'],
    ['a locale that is not a BCP 47 tag', { locale: 'not a locale!' }, 'input.locale'],
    ['an empty locale', { locale: '' }, 'input.locale'],
    ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }, 'input.timeZone'],
    ['a UTC offset instead of a time zone', { timeZone: '+01:00' }, 'input.timeZone'],
    ['an explicit null', { highContrast: null }, 'input.highContrast'],
  ])('rejects %s with BAD_USER_INPUT on the field', async (_label, input, field) => {
    const user = await newUser();
    const res = await users.execute(user, mutation, { input });
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('rejects a colour vision mode outside the enum', async () => {
    const user = await newUser();
    const res = await users.execute(user, mutation, { input: { colorVisionMode: 'SEPIA' } });
    expect(res.body.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
  });

  it('requires a signed-in caller', async () => {
    expect(errorOf(await users.execute(anonymous, mutation, { input: { fontScale: 1 } }))).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});
