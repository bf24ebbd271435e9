import { sqltag as sql, type Sql } from '@prisma/client/runtime/client';
import { z } from 'zod';
import { poolRows } from '../../../lib/db/pool-rows';
import { keysetSql, type Direction } from '../../../lib/keyset';
import type { WorkItemsPrisma } from '../db';
import type { WorkItem } from '../generated/prisma/client';
import { toWorkItem, workItemColumns, WorkItemRow } from './items';
import { searchVectorSql } from './filter-sql';

/** A search across projects: the tsquery (prefix terms), where the page starts, how many rows. */
export interface SearchQuery {
  projectIds: readonly string[];
  tsquery: string;
  after: { score: number; itemId: string } | null;
  take: number;
  /** DESC (best first) from `after`; ASC from `before` (the connection turns the rows back). */
  direction: Direction;
}

export type SearchSource = 'TITLE' | 'DESCRIPTION' | 'COMMENT';

/** Marks ts_headline puts around matched words; the texts lose any of their own first, so marks are unambiguous. */
export const highlightStart = '\u0001';
export const highlightEnd = '\u0002';

export interface SearchHitRow {
  workItem: WorkItem;
  score: number;
  matchedIn: SearchSource;
  commentId: string | null;
  /** ts_headline's passage with the marks above. */
  marked: string;
}

const marks = `StartSel=${highlightStart}, StopSel=${highlightEnd}`;
const headlineOptions = `${marks}, MaxWords=30, MinWords=12, MaxFragments=1, FragmentDelimiter=" … "`;
/**
 * A text of at most this many words (and characters) is shown whole: a passage of it would start a
 * couple of words before the match, dropping the first words of a short title.
 */
const wholeTextWords = 30;
const wholeTextLength = 1000;

/**
 * Every matching unarchived item of the projects with its best score: its stored search document
 * (work_item_search_idx; the title weighs more) or, at half weight, its best comment
 * (comment_search_idx). Items' and comments' hits are joined by hash, never sorted whole; only the
 * page is sorted (top-N), and only its rows get a source and a headline. Ties prefer the item's own
 * text, then the earliest comment id.
 */
export function searchPageSql(query: SearchQuery): Sql {
  const ids = [...query.projectIds];
  const k = keysetSql(query.direction);
  const after = query.after
    ? sql`(best.score, best.item_id) ${k.compare} (${query.after.score}::float8, ${query.after.itemId}::uuid)`
    : sql`TRUE`;
  return sql`WITH q AS (SELECT to_tsquery('simple', ${query.tsquery}) AS query),
    item_hits AS (
      SELECT w.id AS item_id, ts_rank(${searchVectorSql}, q.query)::float8 AS score
      FROM work_item w, q
      WHERE w.project_id = ANY(${ids}::uuid[]) AND w.archived_at IS NULL AND ${searchVectorSql} @@ q.query
    ),
    comment_hits AS (
      SELECT DISTINCT ON (c.work_item_id) c.work_item_id AS item_id, c.id AS comment_id,
        ts_rank(to_tsvector('simple'::regconfig, c.body), q.query)::float8 * 0.5 AS score
      FROM comment c
      JOIN work_item w ON w.id = c.work_item_id, q
      WHERE to_tsvector('simple'::regconfig, c.body) @@ q.query
        AND w.project_id = ANY(${ids}::uuid[]) AND w.archived_at IS NULL
      ORDER BY c.work_item_id, score DESC, c.id
    ),
    best AS (
      SELECT COALESCE(i.item_id, c.item_id) AS item_id,
        CASE WHEN c.item_id IS NULL OR i.score >= c.score THEN i.score ELSE c.score END AS score,
        CASE WHEN c.item_id IS NULL OR i.score >= c.score THEN NULL ELSE c.comment_id END AS comment_id
      FROM item_hits i FULL JOIN comment_hits c ON c.item_id = i.item_id
    ),
    page AS (
      SELECT * FROM best WHERE ${after} ORDER BY score ${k.order}, item_id ${k.order} LIMIT ${query.take}
    )
    SELECT ${workItemColumns}, page.score, matched.source, page.comment_id::text AS "commentId",
      ts_headline('simple'::regconfig, shown.text, q.query,
        CASE WHEN length(shown.text) <= ${wholeTextLength}
            AND array_length(regexp_split_to_array(btrim(shown.text), '\\s+'), 1) <= ${wholeTextWords}
          THEN ${`${marks}, HighlightAll=true`} ELSE ${headlineOptions} END) AS marked
    FROM page
    JOIN work_item w ON w.id = page.item_id
    LEFT JOIN comment c ON c.id = page.comment_id
    CROSS JOIN q
    CROSS JOIN LATERAL (
      SELECT CASE
        WHEN page.comment_id IS NOT NULL THEN 'COMMENT'
        WHEN to_tsvector('simple'::regconfig, w.title) @@ q.query THEN 'TITLE'
        ELSE 'DESCRIPTION'
      END AS source
    ) matched
    CROSS JOIN LATERAL (
      SELECT translate(CASE matched.source WHEN 'TITLE' THEN w.title WHEN 'DESCRIPTION' THEN w.description ELSE c.body END,
        ${highlightStart + highlightEnd}, '') AS text
    ) shown
    ORDER BY page.score ${k.order}, page.item_id ${k.order}`;
}

/**
 * How many items match, each once however many of its comments do: the items whose own text matches,
 * plus those matching only through a comment (never a hash of every matching id).
 */
export function searchCountSql(query: Pick<SearchQuery, 'projectIds' | 'tsquery'>): Sql {
  const ids = [...query.projectIds];
  return sql`WITH q AS (SELECT to_tsquery('simple', ${query.tsquery}) AS query)
    SELECT ((SELECT count(*) FROM work_item w, q
        WHERE w.project_id = ANY(${ids}::uuid[]) AND w.archived_at IS NULL AND ${searchVectorSql} @@ q.query)
      + (SELECT count(DISTINCT c.work_item_id) FROM comment c JOIN work_item w ON w.id = c.work_item_id, q
        WHERE to_tsvector('simple'::regconfig, c.body) @@ q.query
          AND w.project_id = ANY(${ids}::uuid[]) AND w.archived_at IS NULL
          AND NOT (${searchVectorSql} @@ q.query)))::int AS count`;
}

const SearchRow = WorkItemRow.extend({
  score: z.number(),
  source: z.enum(['TITLE', 'DESCRIPTION', 'COMMENT']),
  commentId: z.string().nullable(),
  marked: z.string(),
});

export async function searchPage(prisma: WorkItemsPrisma, query: SearchQuery): Promise<SearchHitRow[]> {
  if (query.projectIds.length === 0) return [];
  const rows = await poolRows(prisma, 'searchPage', SearchRow, searchPageSql(query));
  return rows.map(({ score, source, commentId, marked, ...item }) => ({
    workItem: toWorkItem(item),
    score,
    matchedIn: source,
    commentId,
    marked,
  }));
}

const CountRow = z.object({ count: z.number().int() });

export async function searchCount(
  prisma: WorkItemsPrisma,
  query: Pick<SearchQuery, 'projectIds' | 'tsquery'>,
): Promise<number> {
  if (query.projectIds.length === 0) return 0;
  const [row] = await poolRows(prisma, 'searchCount', CountRow, searchCountSql(query));
  return row?.count ?? 0;
}
