import { notificationTypes } from '../notification-types';
import { withDefaults } from './preference-defaults';

describe('notification preference defaults', () => {
  it('has both channels of every type on, no quiet hours and no digest without stored rows', () => {
    const preferences = withDefaults('u1', [], null);
    expect(preferences.channels.map((channel) => channel.type)).toEqual([...notificationTypes]);
    expect(preferences.channels.every((channel) => channel.inApp && channel.email)).toBe(true);
    expect(preferences).toMatchObject({ userId: 'u1', quietStart: null, quietEnd: null, digest: 'NONE' });
  });

  it('takes stored channels and settings over the defaults, keeping enum order', () => {
    const preferences = withDefaults(
      'u1',
      [
        { type: 'SPRINT_STARTED', inApp: false, email: true },
        { type: 'ASSIGNED', inApp: true, email: false },
      ],
      { quietStart: 1320, quietEnd: 420, digest: 'HOURLY' },
    );
    expect(preferences.channels[0]).toEqual({ type: 'ASSIGNED', inApp: true, email: false });
    expect(preferences.channels.find((channel) => channel.type === 'SPRINT_STARTED')).toEqual({
      type: 'SPRINT_STARTED',
      inApp: false,
      email: true,
    });
    expect(preferences).toMatchObject({ quietStart: 1320, quietEnd: 420, digest: 'HOURLY' });
  });
});
