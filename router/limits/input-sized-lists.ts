/**
 * Mutations whose payload lists are as long as a list they were given: Federation's `@listSize`
 * takes only top-level arguments as slicing arguments, so a bulk mutation with one `input` cannot say
 * it in its schema. The estimate counts these lists at the given list's length, or at `most` (what the
 * service accepts) when it cannot see the list; a test checks every entry against the supergraph.
 */
export const inputSizedLists: Readonly<Record<string, { list: string; sizedFields: readonly string[]; most: number }>> =
  {
    'Mutation.bulkUpdateWorkItems': { list: 'input.ids', sizedFields: ['workItems', 'failures'], most: 1000 },
    'Mutation.bulkCreateWorkItems': { list: 'input.items', sizedFields: ['workItems'], most: 1000 },
  };
