import { badInput } from '../../../../lib/errors';
import { uuidPattern } from '../../../../lib/ids';
import { upsertLinkAttachment } from '../../data/upsert-link-attachment';
import type { MutationResolvers, ServiceLinkResult } from '../../generated/resolvers-types';
import { linkInputOf } from '../../rules/link-input';

const maxLinks = 100;

/** Links an integration attaches in the name of the person who connected it (shield: services only). */
export const upsertServiceLinkAttachmentsMutation: MutationResolvers = {
  upsertServiceLinkAttachments: async (_parent, { input }, context) => {
    if (!uuidPattern.test(input.organizationId)) throw badInput('input.organizationId', 'Not an organization uuid.');
    if (!uuidPattern.test(input.actorId)) throw badInput('input.actorId', 'Not a user uuid.');
    if (input.links.length > maxLinks) throw badInput('input.links', `At most ${maxLinks} links at once.`);
    const links = input.links.map((link, index) => {
      if (!uuidPattern.test(link.workItemId))
        throw badInput(`input.links.${index}.workItemId`, 'Not a work item uuid.');
      return { workItemId: link.workItemId, ...linkInputOf(link) };
    });
    const places = await context.loaders.workItemPlace.loadMany(links.map((link) => link.workItemId));
    const results: (ServiceLinkResult | null)[] = [];
    // One at a time: each is its own transaction with its event, and links of one item stay in order.
    for (const [index, link] of links.entries()) {
      const place = places[index];
      if (place instanceof Error) throw place;
      if (!place || place.organizationId !== input.organizationId) {
        results.push(null);
        continue;
      }
      const { link: row, created } = await upsertLinkAttachment(context.prisma, {
        projectId: place.projectId,
        organizationId: place.organizationId,
        targetKind: 'WORK_ITEM',
        targetId: link.workItemId,
        workItemId: link.workItemId,
        url: link.url,
        title: link.title,
        subtitle: link.subtitle,
        iconUrl: null,
        actorId: input.actorId,
      });
      results.push({ linkAttachmentId: row.id, workItemId: link.workItemId, created });
    }
    return { links: results };
  },
};
