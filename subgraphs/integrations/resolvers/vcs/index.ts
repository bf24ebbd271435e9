import { mergeResolvers } from '../../../../lib/server/merge-resolvers';
import type { Resolvers } from '../../generated/resolvers-types';
import { vcsConnectionResolvers } from './connection';
import { vcsLinkResolvers } from './links';
import { vcsMutationResolvers } from './mutations';
import { vcsOrganizationResolvers } from './organization';

/** Version control links: connections, links on items and attachments, the mutations. */
export const vcsResolvers: Resolvers = mergeResolvers(
  vcsConnectionResolvers,
  vcsLinkResolvers,
  vcsOrganizationResolvers,
  vcsMutationResolvers,
);
