import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '../../../lib/logger';
import { createServiceClient } from '../../../lib/server/service-client';
import type { IntegrationsContext } from '../../../subgraphs/integrations/context';
import { startAttachmentRemovals } from '../../../subgraphs/integrations/vcs/attachment-removal-worker';
import { setLinkAttachmentIds } from '../../../subgraphs/integrations/vcs/data/links';
import { asService, querySql, useSubgraph } from '../../testkit';

const integrations = useSubgraph('integrations', {
  with: ['users', 'projects'],
  env: { INTEGRATIONS_WEBHOOK_POLL_MS: 0, INTEGRATIONS_VCS_REMOVAL_POLL_MS: 0 },
});

describe('removals of a deleted connection’s link attachments', () => {
  it('are queued for removal, unless another link names them', async () => {
    const context = integrations.built().createContext(asService('integrations')) as IntegrationsContext;
    const owner = { organizationId: randomUUID(), actorId: randomUUID() };
    const orphan = randomUUID();
    const shared = randomUUID();
    const connectionId = randomUUID();
    await querySql(
      integrations,
      `WITH connection AS (
         INSERT INTO integrations.vcs_connection (id, organization_id, provider, name, secret_ciphertext, created_by)
         VALUES ($1, $2, 'GITHUB', 'acme', 'sealed', $3) RETURNING id)
       INSERT INTO integrations.vcs_link
         (id, connection_id, organization_id, project_id, work_item_id, link_attachment_id, provider, repository, kind, url, title)
       SELECT gen_random_uuid(), id, $2, gen_random_uuid(), gen_random_uuid(), $4, 'GITHUB', 'acme/shop', 'BRANCH',
         'https://github.com/acme/shop/tree/x', 'Branch x'
       FROM connection`,
      [connectionId, owner.organizationId, owner.actorId, shared],
    );
    const gone = (linkAttachmentId: string) => ({ linkId: randomUUID(), linkAttachmentId });
    await setLinkAttachmentIds(context.prisma, [gone(orphan), gone(shared)], owner);
    await setLinkAttachmentIds(context.prisma, [gone(orphan)], owner);
    expect(
      await querySql(
        integrations,
        `SELECT link_attachment_id::text AS id, organization_id::text AS organization, actor_id::text AS actor
         FROM integrations.vcs_attachment_removal`,
      ),
    ).toEqual([{ id: orphan, organization: owner.organizationId, actor: owner.actorId }]);
  });

  it('are postponed with a growing backoff while the files service fails, and kept until it answers', async () => {
    const context = integrations.built().createContext(asService('integrations')) as IntegrationsContext;
    const failing = http.createServer((_req, res) => res.writeHead(503).end());
    await new Promise<void>((resolve) => failing.listen(0, '127.0.0.1', resolve));
    const files = createServiceClient({
      url: `http://127.0.0.1:${(failing.address() as AddressInfo).port}/graphql`,
      signingSecret: 'x'.repeat(32),
      caller: 'integrations',
    });
    const worker = startAttachmentRemovals({
      prisma: context.prisma,
      peers: { files },
      logger: createLogger('test', 'silent'),
      pollMs: 0,
    });
    try {
      const id = randomUUID();
      await querySql(integrations, 'DELETE FROM integrations.vcs_attachment_removal');
      await querySql(
        integrations,
        `INSERT INTO integrations.vcs_attachment_removal (link_attachment_id, organization_id, actor_id)
         VALUES ($1, gen_random_uuid(), gen_random_uuid())`,
        [id],
      );
      const row = async () =>
        (
          await querySql<{ attempts: number; next: Date }>(
            integrations,
            'SELECT attempts, next_attempt_at AS next FROM integrations.vcs_attachment_removal WHERE link_attachment_id = $1',
            [id],
          )
        )[0]!;
      const now = new Date(Date.now() + 1000);
      expect(await worker.runDue({ now })).toEqual({ removed: 0, failed: 1 });
      expect(await row()).toEqual({ attempts: 1, next: new Date(now.getTime() + 10_000) });
      expect(await worker.runDue({ now })).toEqual({ removed: 0, failed: 0 });
      const later = new Date(now.getTime() + 10_000);
      expect(await worker.runDue({ now: later })).toEqual({ removed: 0, failed: 1 });
      expect(await row()).toEqual({ attempts: 2, next: new Date(later.getTime() + 20_000) });
    } finally {
      await worker.stop();
      await new Promise((resolve) => failing.close(resolve));
    }
  });
});
