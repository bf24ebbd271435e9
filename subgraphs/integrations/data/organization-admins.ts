import type { AnyEventEnvelope } from '../../../lib/events/envelope';
import { organizationRoleAtLeast, type OrganizationRole } from '../../../lib/roles';
import type { IntegrationsTx } from '../db';

const isAdmin = (role: string) => organizationRoleAtLeast(role as OrganizationRole, 'ADMIN');

/** Keeps `organization_admin` in step with a membership event of the `users` stream; other events change nothing. */
export async function applyMembershipEvent(tx: IntegrationsTx, envelope: AnyEventEnvelope): Promise<void> {
  const organizationId = envelope.organizationId;
  switch (envelope.type) {
    case 'organization.member_added':
    case 'organization.member_role_changed': {
      const key = { organizationId, userId: envelope.payload.userId };
      if (isAdmin(envelope.payload.role)) {
        await tx.organizationAdmin.upsert({ where: { organizationId_userId: key }, create: key, update: {} });
      } else {
        await tx.organizationAdmin.deleteMany({ where: key });
      }
      return;
    }
    case 'organization.member_removed':
      await tx.organizationAdmin.deleteMany({ where: { organizationId, userId: envelope.payload.userId } });
      return;
    default:
      return;
  }
}

/** Who hears that an endpoint was disabled: the organization's admins and whoever registered it. */
export async function endpointAdminIds(
  tx: IntegrationsTx,
  endpoint: { organizationId: string; createdBy: string },
): Promise<string[]> {
  const admins = await tx.organizationAdmin.findMany({
    where: { organizationId: endpoint.organizationId },
    select: { userId: true },
  });
  return [...new Set([...admins.map((admin) => admin.userId), endpoint.createdBy])].sort();
}
