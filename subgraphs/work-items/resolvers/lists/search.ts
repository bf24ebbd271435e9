import { badInput } from '../../../../lib/errors';
import { fromGlobalId, uuidPattern } from '../../../../lib/ids';
import { fetchDirection } from '../../../../lib/keyset';
import { invalidCursor, parsePage, toConnection, type Page } from '../../../../lib/relay';
import type { WorkItemsContext } from '../../context';
import { highlightEnd, highlightStart, type SearchQuery } from '../../data/search';
import type { Resolvers } from '../../generated/resolvers-types';
import { highlightsOf } from '../../rules/highlights';
import { maxSearchLength, searchQueryOf } from '../../rules/item-filter';
import { readableProjectsOf } from './organization-projects';

function tsqueryOf(query: string): string {
  if (query.length > maxSearchLength) throw badInput('query', `query may be at most ${maxSearchLength} characters.`);
  const tsquery = searchQueryOf(query);
  if (!tsquery) throw badInput('query', 'Give at least one word of letters or digits.');
  return tsquery;
}

/** A search cursor: [score, item id]. */
function searchAfterOf(page: Page): SearchQuery['after'] {
  if (!page.cursor) return null;
  const [score, itemId] = page.cursor;
  const value = Number(score);
  if (
    page.cursor.length !== 2 ||
    score === undefined ||
    !Number.isFinite(value) ||
    !itemId ||
    !uuidPattern.test(itemId)
  ) {
    throw invalidCursor(page, '', 'for this search');
  }
  return { score: value, itemId };
}

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_parent, args, context: WorkItemsContext) => {
      const organizationId = fromGlobalId(args.organizationId, 'Organization', 'organizationId');
      const tsquery = tsqueryOf(args.query);
      const page = parsePage(args);
      const after = searchAfterOf(page);
      const projectIds = await readableProjectsOf(context, organizationId);
      const hits = await context.loaders.searchPage.load({
        projectIds,
        tsquery,
        after,
        take: page.take,
        direction: fetchDirection(page, 'DESC'),
      });
      for (const hit of hits) context.loaders.workItemById.prime(hit.workItem.id, hit.workItem);
      return toConnection(
        hits,
        page,
        (hit) => [String(hit.score), hit.workItem.id],
        () => context.loaders.searchCount.load({ projectIds, tsquery }),
      );
    },
  },
  SearchHit: {
    comment: (hit, _args, context) => (hit.commentId ? context.loaders.commentById.load(hit.commentId) : null),
    snippet: (hit) => highlightsOf(hit.marked, highlightStart, highlightEnd),
  },
  SearchHitConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
};
