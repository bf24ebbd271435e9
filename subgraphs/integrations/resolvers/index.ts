import { DateTime } from '../../../lib/graphql-scalars';
import { mergeResolvers } from '../../../lib/server/merge-resolvers';
import type { Resolvers } from '../generated/resolvers-types';
import { deliveryResolvers } from './delivery';
import { endpointResolvers } from './endpoint';
import { entityResolvers } from './entities';
import { mutationResolvers } from './mutations';
import { queryResolvers } from './query';
import { vcsResolvers } from './vcs';

export const resolvers: Resolvers = {
  ...mergeResolvers(
    queryResolvers,
    entityResolvers,
    endpointResolvers,
    deliveryResolvers,
    mutationResolvers,
    vcsResolvers,
  ),
  DateTime,
};
