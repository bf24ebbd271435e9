import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  createOrganization,
  graphql,
  querySql,
  signUpUser,
  untilNotificationsCaughtUp,
  type TestStack,
  type TestUser,
} from '../testkit';
import { parseEmail, type ReceivedEmail } from '../notifications/email-message';

// Invitations as people see them: the email (an .eml file the test stack's mailer wrote) and its link.

export const invitationOps = {
  invite: `mutation($input: InviteOrganizationMemberInput!) {
    inviteOrganizationMember(input: $input) {
      invitation { id email role status sentAt expiresAt respondedAt organization { id name } invitedBy { name } }
    }
  }`,
  accept: `mutation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) { role invitation { id status } organization { id name viewerRole } }
  }`,
  decline: `mutation($input: DeclineInvitationInput!) { declineInvitation(input: $input) { invitation { id status } } }`,
  revoke: `mutation($input: RevokeOrganizationInvitationInput!) {
    revokeOrganizationInvitation(input: $input) { invitation { id status } }
  }`,
};

export const runAs = (
  stack: TestStack,
  user: TestUser | null,
  query: string,
  variables: Record<string, unknown> = {},
) => graphql(stack.routerUrl, query, variables, { token: user?.token });

export interface InvitationEmail extends ReceivedEmail {
  /** The link's `token` parameter. */
  token: string;
  link: string;
}

/**
 * The newest invitation email to an address, once the notifications service has handled every event
 * and the due emails are sent.
 */
export async function invitationEmailTo(stack: TestStack, address: string): Promise<InvitationEmail> {
  await untilNotificationsCaughtUp(stack);
  await stack.mailer.runDue();
  const [delivery] = await querySql<{ id: string; status: string }>(
    stack,
    `SELECT id::text, status FROM notifications.email_delivery
      WHERE kind = 'INVITATION' AND recipient_email = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
    [address],
  );
  if (!delivery) throw new Error(`No invitation email to ${address}.`);
  if (delivery.status !== 'SENT') throw new Error(`The invitation email to ${address} is ${delivery.status}.`);
  const email = parseEmail(await readFile(path.join(stack.mailDir, `${delivery.id}.eml`), 'utf8'));
  const link = /(https?:\/\/\S+\/invitations\/accept\?token=\S+)/.exec(email.text)?.[1];
  if (!link) throw new Error(`The invitation email to ${address} has no link:\n${email.text}`);
  return { ...email, link, token: decodeURIComponent(new URL(link).searchParams.get('token')!) };
}

/** Olga Owner and her organization, Acme Corp. */
export async function acmeOrganization(stack: TestStack): Promise<{ owner: TestUser; organizationId: string }> {
  const owner = await signUpUser(stack, { name: 'Olga Owner' });
  const { id } = await createOrganization(stack, owner.token, { name: 'Acme Corp' });
  return { owner, organizationId: id };
}
