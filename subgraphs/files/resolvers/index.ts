import { DateTime } from '../../../lib/graphql-scalars';
import { mergeResolvers } from '../../../lib/server/merge-resolvers';
import type { Resolvers } from '../generated/resolvers-types';
import { entityResolvers } from './entities';
import { fileResolvers } from './file';
import { linkResolvers } from './links';
import { mutationResolvers } from './mutations';
import { queryResolvers } from './query';
import { uploadResolvers } from './uploads';

export const resolvers: Resolvers = {
  ...mergeResolvers(queryResolvers, fileResolvers, entityResolvers, linkResolvers, uploadResolvers, mutationResolvers),
  DateTime,
};
