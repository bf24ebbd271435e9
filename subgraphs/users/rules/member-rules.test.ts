import { AppError } from '../../../lib/errors';
import {
  assertMayChangeRole,
  assertMayInvite,
  assertMayRemoveMember,
  assertMayRemoveMembers,
  invitationsVoidedBy,
  takesAwayOwner,
} from './member-rules';

/** The code and message of the error a rule throws, or null when it allows. */
const refusal = (rule: () => void) => {
  try {
    rule();
    return null;
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, message: error.message };
    throw error;
  }
};

describe('assertMayChangeRole', () => {
  test('an ADMIN changes roles below OWNER', () => {
    expect(refusal(() => assertMayChangeRole('ADMIN', 'MEMBER', 'ADMIN'))).toBeNull();
    expect(refusal(() => assertMayChangeRole('ADMIN', 'ADMIN', 'GUEST'))).toBeNull();
  });

  test('only an OWNER grants or takes away the OWNER role', () => {
    const ownersOnly = { code: 'FORBIDDEN', message: 'Only owners can grant or take away the OWNER role.' };
    expect(refusal(() => assertMayChangeRole('ADMIN', 'MEMBER', 'OWNER'))).toEqual(ownersOnly);
    expect(refusal(() => assertMayChangeRole('ADMIN', 'OWNER', 'MEMBER'))).toEqual(ownersOnly);
    expect(refusal(() => assertMayChangeRole('OWNER', 'OWNER', 'MEMBER'))).toBeNull();
  });
});

describe('assertMayRemoveMembers and assertMayRemoveMember', () => {
  test('anyone may leave, an OWNER included', () => {
    expect(refusal(() => assertMayRemoveMembers('GUEST', true))).toBeNull();
    expect(refusal(() => assertMayRemoveMember('GUEST', 'GUEST', true))).toBeNull();
    expect(refusal(() => assertMayRemoveMember('OWNER', 'OWNER', true))).toBeNull();
  });

  test('removing someone else takes an ADMIN or OWNER', () => {
    expect(refusal(() => assertMayRemoveMembers('MEMBER', false))).toEqual({
      code: 'FORBIDDEN',
      message: 'Only admins and owners can remove members.',
    });
    expect(refusal(() => assertMayRemoveMembers('ADMIN', false))).toBeNull();
    expect(refusal(() => assertMayRemoveMember('ADMIN', 'MEMBER', false))).toBeNull();
  });

  test('removing an OWNER takes an OWNER', () => {
    expect(refusal(() => assertMayRemoveMember('ADMIN', 'OWNER', false))).toEqual({
      code: 'FORBIDDEN',
      message: 'Only owners can remove owners.',
    });
    expect(refusal(() => assertMayRemoveMember('OWNER', 'OWNER', false))).toBeNull();
  });
});

describe('assertMayInvite', () => {
  test('MEMBERs and GUESTs may not invite', () => {
    for (const actor of ['MEMBER', 'GUEST'] as const) {
      expect(refusal(() => assertMayInvite(actor, 'GUEST'))).toEqual({
        code: 'FORBIDDEN',
        message: 'Only admins and owners can invite people.',
      });
    }
  });

  test('an ADMIN invites anyone but an OWNER, an OWNER invites anyone', () => {
    expect(refusal(() => assertMayInvite('ADMIN', 'ADMIN'))).toBeNull();
    expect(refusal(() => assertMayInvite('ADMIN', 'OWNER'))).toEqual({
      code: 'FORBIDDEN',
      message: 'Only owners can invite owners.',
    });
    expect(refusal(() => assertMayInvite('OWNER', 'OWNER'))).toBeNull();
  });
});

describe('takesAwayOwner', () => {
  test('demoting or removing an OWNER takes an OWNER away', () => {
    expect(takesAwayOwner('OWNER', 'ADMIN')).toBe(true);
    expect(takesAwayOwner('OWNER', null)).toBe(true);
  });

  test('an OWNER who stays OWNER, or anyone else, takes nothing away', () => {
    expect(takesAwayOwner('OWNER', 'OWNER')).toBe(false);
    expect(takesAwayOwner('ADMIN', null)).toBe(false);
  });
});

describe('invitationsVoidedBy', () => {
  test("an OWNER's invitations all stand", () => {
    expect(invitationsVoidedBy('OWNER')).toBe('none');
  });

  test('a sender who is now ADMIN can no longer stand behind OWNER invitations', () => {
    expect(invitationsVoidedBy('ADMIN')).toBe('ownerInvitations');
  });

  test('a sender who left, or is now MEMBER or GUEST, can stand behind none', () => {
    expect(invitationsVoidedBy(null)).toBe('all');
    expect(invitationsVoidedBy('MEMBER')).toBe('all');
    expect(invitationsVoidedBy('GUEST')).toBe('all');
  });
});
