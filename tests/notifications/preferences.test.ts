import { notificationTypes } from '../../subgraphs/notifications/notification-types';
import { dataOf, errorOf, graphql, querySql, rawId, signUpUser, useTestStack, type TestUser } from '../testkit';

const stack = useTestStack();

const selection = `channels { type inApp email } quietHours { start end } digest timeZone`;
const read = `{ notificationPreferences { ${selection} } }`;
const update = `
  mutation ($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) { preferences { ${selection} } }
  }
`;

const allOn = notificationTypes.map((type) => ({ type, inApp: true, email: true }));

const preferencesOf = async (user: TestUser) =>
  dataOf(await graphql(stack.routerUrl, read, {}, { token: user.token })).notificationPreferences;
const updateAs = (user: TestUser, input: Record<string, unknown>) =>
  graphql(stack.routerUrl, update, { input }, { token: user.token });

async function storedRows(user: TestUser) {
  const userId = rawId(user.userId);
  const [row] = await querySql<{ channels: number; settings: string | null }>(
    stack,
    `SELECT (SELECT count(*)::int FROM notifications.channel_preference WHERE user_id = $1) AS channels,
            (SELECT row(quiet_start, quiet_end, digest)::text FROM notifications.email_settings WHERE user_id = $1) AS settings`,
    [userId],
  );
  return row;
}

describe('notification preferences', () => {
  it('defaults to every channel on, no quiet hours, no digest, in the user’s time zone', async () => {
    const user = await signUpUser(stack);
    expect(await preferencesOf(user)).toEqual({ channels: allOn, quietHours: null, digest: 'NONE', timeZone: 'UTC' });
    dataOf(
      await graphql(
        stack.routerUrl,
        `
          mutation {
            updateMyPreferences(input: { timeZone: "America/New_York" }) {
              preferences {
                timeZone
              }
            }
          }
        `,
        {},
        { token: user.token },
      ),
    );
    expect((await preferencesOf(user)).timeZone).toBe('America/New_York');
  });

  it('changes channels, quiet hours and the digest; omitted fields keep their value', async () => {
    const user = await signUpUser(stack);
    const first = dataOf(
      await updateAs(user, {
        channels: [
          { type: 'COMMENTED', email: false },
          { type: 'SPRINT_STARTED', inApp: false, email: false },
        ],
        quietHours: { start: '22:00', end: '07:30' },
        digest: 'DAILY',
      }),
    ).updateNotificationPreferences.preferences;
    const expectedChannels = allOn.map((channel) =>
      channel.type === 'COMMENTED'
        ? { ...channel, email: false }
        : channel.type === 'SPRINT_STARTED'
          ? { ...channel, inApp: false, email: false }
          : channel,
    );
    expect(first).toEqual({
      channels: expectedChannels,
      quietHours: { start: '22:00', end: '07:30' },
      digest: 'DAILY',
      timeZone: 'UTC',
    });

    // Only the in-app channel of COMMENTED changes; email stays off, the rest stays.
    const second = dataOf(await updateAs(user, { channels: [{ type: 'COMMENTED', inApp: false }] }))
      .updateNotificationPreferences.preferences;
    expect(second.channels.find((c: { type: string }) => c.type === 'COMMENTED')).toEqual({
      type: 'COMMENTED',
      inApp: false,
      email: false,
    });
    expect(second.quietHours).toEqual({ start: '22:00', end: '07:30' });
    expect(second.digest).toBe('DAILY');

    // null removes the quiet hours.
    const third = dataOf(await updateAs(user, { quietHours: null, digest: 'HOURLY' })).updateNotificationPreferences
      .preferences;
    expect(third.quietHours).toBeNull();
    expect(third.digest).toBe('HOURLY');
    expect(await preferencesOf(user)).toEqual(third);
  });

  it('refuses invalid input with BAD_USER_INPUT and the field path, changing nothing', async () => {
    const user = await signUpUser(stack);
    dataOf(await updateAs(user, { digest: 'HOURLY', channels: [{ type: 'ASSIGNED', email: false }] }));
    const before = await storedRows(user);
    const cases: [Record<string, unknown>, string][] = [
      [{ quietHours: { start: '24:00', end: '07:00' } }, 'input.quietHours.start'],
      [{ quietHours: { start: '7:00', end: '08:00' } }, 'input.quietHours.start'],
      [{ quietHours: { start: '22:00', end: '07:60' } }, 'input.quietHours.end'],
      [{ quietHours: { start: '22:00', end: '22:00' } }, 'input.quietHours.end'],
      [
        {
          channels: [
            { type: 'ASSIGNED', email: true },
            { type: 'ASSIGNED', inApp: false },
          ],
          digest: 'NONE',
        },
        'input.channels',
      ],
    ];
    for (const [input, field] of cases) {
      expect(errorOf(await updateAs(user, input))).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await storedRows(user)).toEqual(before);
    expect((await preferencesOf(user)).digest).toBe('HOURLY');
  });

  it('keeps each user’s preferences their own and requires sign-in', async () => {
    const [ada, mo] = await Promise.all([signUpUser(stack), signUpUser(stack)]);
    dataOf(await updateAs(ada, { digest: 'DAILY', channels: [{ type: 'MENTIONED', inApp: false }] }));
    expect(await preferencesOf(mo)).toEqual({ channels: allOn, quietHours: null, digest: 'NONE', timeZone: 'UTC' });
    expect(errorOf(await graphql(stack.routerUrl, read))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(errorOf(await graphql(stack.routerUrl, update, { input: { digest: 'DAILY' } }))).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});
