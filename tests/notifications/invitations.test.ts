import type { AnyEventEnvelope } from '../../lib/events/envelope';
import { hashInvitationToken } from '../../lib/invitation-token';
import {
  dataOf,
  inviteOrganizationMember,
  querySql,
  rawId,
  signUpUser,
  untilNotificationsCaughtUp,
  useNotificationsEventHandler,
  useTestStack,
  type TestUser,
} from '../testkit';
import { uniqueEmail } from '../users/helpers';
import { acmeOrganization, invitationEmailTo, invitationOps, runAs } from '../users/invitation-support';
import { setChannels } from './support';

const stack = useTestStack();

// The in-app notification and the email of an invitation (issue 12, item 10), made by the
// notifications service from the users stream's `organization.invitation_created`.

const organization = () => acmeOrganization(stack);

const inbox = `{
  notifications(filter: { types: [INVITED_TO_ORGANIZATION] }) {
    edges { node { type summary actor { name } project { id } invitation { id ... on OrganizationInvitation { status role } } } }
  }
}`;

const invitationRows = (address: string) =>
  querySql<{ kind: string; recipient_id: string | null; status: string; invitation: Record<string, unknown> }>(
    stack,
    `SELECT kind, recipient_id::text, status, invitation FROM notifications.email_delivery WHERE recipient_email = $1`,
    [address],
  );

describe('an invitation to an address with an account', () => {
  it('notifies in the inbox, linking the invitation the invitee accepts from there, and emails the link', async () => {
    const { owner, organizationId } = await organization();
    const invitee = await signUpUser(stack, { name: 'Ivy Invitee' });
    const { invitation } = await inviteOrganizationMember(stack, owner.token, organizationId, invitee.email, 'ADMIN');
    const email = await invitationEmailTo(stack, invitee.email);

    const listed = dataOf(await runAs(stack, invitee, inbox)).notifications.edges;
    expect(listed).toEqual([
      {
        node: {
          type: 'INVITED_TO_ORGANIZATION',
          summary: 'Olga Owner invited you to join Acme Corp as an admin.',
          actor: { name: 'Olga Owner' },
          project: null,
          invitation: { id: invitation.id, status: 'PENDING', role: 'ADMIN' },
        },
      },
    ]);
    expect(email.subject).toBe('Olga Owner invited you to join Acme Corp on Workgraph');
    expect(email.headers.get('to')).toContain(invitee.email);
    expect(email.text).toContain('Hello Ivy,');
    expect(email.text).toContain('Olga Owner invited you to join Acme Corp on Workgraph, with the role admin.');
    expect(email.headers.get('list-unsubscribe')).toMatch(/\/unsubscribe\?token=/);

    const accepted = await runAs(stack, invitee, invitationOps.accept, { input: { invitationId: invitation.id } });
    expect(dataOf(accepted).acceptInvitation.role).toBe('ADMIN');
    const after = dataOf(await runAs(stack, invitee, inbox)).notifications.edges;
    expect(after[0].node.invitation).toEqual({ id: invitation.id, status: 'ACCEPTED', role: 'ADMIN' });
  });

  it('follows the invitee’s channels: no email with email off, an email and no inbox entry with in-app off', async () => {
    const { owner, organizationId } = await organization();
    const [quiet, emailOnly] = await Promise.all([signUpUser(stack), signUpUser(stack)]);
    await setChannels(stack, quiet, 'INVITED_TO_ORGANIZATION', { inApp: true, email: false });
    await setChannels(stack, emailOnly, 'INVITED_TO_ORGANIZATION', { inApp: false, email: true });
    await inviteOrganizationMember(stack, owner.token, organizationId, quiet.email, 'MEMBER');
    await inviteOrganizationMember(stack, owner.token, organizationId, emailOnly.email, 'MEMBER');
    await untilNotificationsCaughtUp(stack);
    await stack.mailer.runDue();

    expect(await invitationRows(quiet.email)).toEqual([]);
    expect(dataOf(await runAs(stack, quiet, inbox)).notifications.edges).toHaveLength(1);
    expect(dataOf(await runAs(stack, emailOnly, inbox)).notifications.edges).toEqual([]);
    expect((await invitationEmailTo(stack, emailOnly.email)).token).toEqual(expect.any(String));
  });
});

describe('an invitation to an address without an account', () => {
  it('emails an invitation to sign up, without an unsubscribe link, and notifies no one', async () => {
    const { owner, organizationId } = await organization();
    const address = uniqueEmail('newcomer');
    await inviteOrganizationMember(stack, owner.token, organizationId, address, 'MEMBER');
    const email = await invitationEmailTo(stack, address);
    expect(email.text).toContain('Hello,');
    expect(email.text).toContain('You need a Workgraph account to accept');
    expect(email.headers.has('list-unsubscribe')).toBe(false);
    const rows = await querySql(
      stack,
      `SELECT 1 FROM notifications.notification WHERE type = 'INVITED_TO_ORGANIZATION' AND invitation_id IN (
         SELECT id FROM users.organization_invitation WHERE email = $1)`,
      [address],
    );
    expect(rows).toEqual([]);

    const newcomer: TestUser = await signUpUser(stack, { email: address });
    expect(
      dataOf(await runAs(stack, newcomer, invitationOps.accept, { input: { token: email.token } })).acceptInvitation,
    ).toMatchObject({ role: 'MEMBER', organization: { name: 'Acme Corp' } });
  });
});

describe('the link’s token', () => {
  it('is kept nowhere: the users service stores its hash, and the email’s row forgets what rebuilds it once sent', async () => {
    const { owner, organizationId } = await organization();
    const address = uniqueEmail('secret');
    const { invitation } = await inviteOrganizationMember(stack, owner.token, organizationId, address, 'MEMBER');
    const { token } = await invitationEmailTo(stack, address);
    const [stored] = await querySql<{ token_hash: string }>(
      stack,
      `SELECT token_hash FROM users.organization_invitation WHERE id = $1`,
      [rawId(invitation.id)],
    );
    expect(stored?.token_hash).toBe(hashInvitationToken(token));
    const [row] = await invitationRows(address);
    expect(row).toMatchObject({ kind: 'INVITATION', recipient_id: null, status: 'SENT' });
    expect(row?.invitation).not.toHaveProperty('nonce');
    const everywhere = await querySql<{ text: string }>(
      stack,
      `SELECT envelope::text AS text FROM users.outbox UNION ALL SELECT invitation::text FROM notifications.email_delivery
        WHERE invitation IS NOT NULL`,
    );
    for (const { text } of everywhere) expect(text).not.toContain(token.split('.')[1]!);
  });
});

describe('a redelivered invitation event', () => {
  const { handle } = useNotificationsEventHandler(stack);

  it('notifies and emails once', async () => {
    const { owner, organizationId } = await organization();
    const invitee = await signUpUser(stack);
    await inviteOrganizationMember(stack, owner.token, organizationId, invitee.email, 'GUEST');
    await untilNotificationsCaughtUp(stack);
    const [{ envelope }] = (await querySql<{ envelope: AnyEventEnvelope }>(
      stack,
      `SELECT envelope FROM users.outbox WHERE type = 'organization.invitation_created' AND envelope->'payload'->>'email' = $1`,
      [invitee.email],
    )) as [{ envelope: AnyEventEnvelope }];
    await handle(envelope);
    await handle(envelope);
    expect(await invitationRows(invitee.email)).toHaveLength(1);
    expect(dataOf(await runAs(stack, invitee, inbox)).notifications.edges).toHaveLength(1);
  });
});
