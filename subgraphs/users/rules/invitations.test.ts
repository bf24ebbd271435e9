import { AppError } from '../../../lib/errors';
import { createInvitationToken, hashInvitationToken, newInvitationNonce } from '../../../lib/invitation-token';
import type { OrganizationInvitation } from '../generated/prisma/client';
import {
  handleMatches,
  invitationIdOf,
  isPending,
  sendingRetryAfterSeconds,
  sendingWindowMs,
  statusOf,
} from './invitations';

const now = new Date('2026-03-01T12:00:00.000Z');
const later = new Date(now.getTime() + 1000);
const earlier = new Date(now.getTime() - 1000);
const secret = 'a signing secret for these tests';
const id = '11111111-1111-4111-8111-111111111111';

/** The code and field of the error `fn` throws, or null when it does not throw. */
function refusal(fn: () => unknown) {
  try {
    fn();
    return null;
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, field: error.details.field };
    throw error;
  }
}

function invitation(fields: Partial<OrganizationInvitation>): OrganizationInvitation {
  return {
    id,
    organizationId: '22222222-2222-4222-8222-222222222222',
    email: 'ada@example.com',
    role: 'MEMBER',
    status: 'PENDING',
    tokenHash: null,
    invitedById: '33333333-3333-4333-8333-333333333333',
    sentAt: earlier,
    expiresAt: later,
    respondedAt: null,
    acceptedById: null,
    createdAt: earlier,
    ...fields,
  };
}

describe('invitation status', () => {
  test('a pending invitation before its expiry is pending', () => {
    expect(isPending(invitation({}), now)).toBe(true);
    expect(statusOf(invitation({}), now)).toBe('PENDING');
  });

  test('a pending invitation at or past its expiry has expired', () => {
    expect(isPending(invitation({ expiresAt: now }), now)).toBe(false);
    expect(statusOf(invitation({ expiresAt: now }), now)).toBe('EXPIRED');
  });

  test('an answered or revoked invitation keeps its status, expired or not', () => {
    expect(isPending(invitation({ status: 'ACCEPTED' }), now)).toBe(false);
    expect(statusOf(invitation({ status: 'REVOKED', expiresAt: earlier }), now)).toBe('REVOKED');
  });
});

describe('invitation handles', () => {
  test('an ID names its invitation and matches only the invited address', () => {
    const handle = { invitationId: id, email: 'ada@example.com' };
    expect(invitationIdOf(handle, secret)).toBe(id);
    expect(handleMatches(invitation({}), handle)).toBe(true);
    expect(handleMatches(invitation({}), { ...handle, email: 'eve@example.com' })).toBe(false);
  });

  test('a token names the invitation it was made for and matches only while it is the current one', () => {
    const token = createInvitationToken(secret, id, newInvitationNonce());
    expect(invitationIdOf({ token }, secret)).toBe(id);
    expect(handleMatches(invitation({ tokenHash: hashInvitationToken(token) }), { token })).toBe(true);
    expect(handleMatches(invitation({ tokenHash: null }), { token })).toBe(false);
  });

  test('a token that does not verify is BAD_USER_INPUT on input.token', () => {
    const token = createInvitationToken('another secret', id, newInvitationNonce());
    expect(refusal(() => invitationIdOf({ token }, secret))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.token' });
  });
});

describe('sendingRetryAfterSeconds', () => {
  test('sending is possible again when the oldest counted sending leaves the 24-hour window', () => {
    const oldest = new Date(now.getTime() - sendingWindowMs + 90_000);
    expect(sendingRetryAfterSeconds(oldest, now)).toBe(90);
  });

  test('the wait is at least one second and rounds up', () => {
    expect(sendingRetryAfterSeconds(new Date(now.getTime() - sendingWindowMs), now)).toBe(1);
    expect(sendingRetryAfterSeconds(new Date(now.getTime() - sendingWindowMs + 1500), now)).toBe(2);
  });

  test('without a counted sending the whole window is the wait', () => {
    expect(sendingRetryAfterSeconds(null, now)).toBe(24 * 60 * 60);
  });
});
