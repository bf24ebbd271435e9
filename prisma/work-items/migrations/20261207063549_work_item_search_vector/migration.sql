-- Hand-edited (the Prisma datamodel cannot say GENERATED): the search document is stored once per
-- write instead of parsed from title and description on every search. Ranking reads it as it is
-- (title weighted A, description B), and matching ignores weights, so filters and search use one column
-- and one GIN index, under the old index's name (subgraphs/work-items/data/filter-sql.ts, search.ts).
ALTER TABLE "work_items"."work_item" ADD COLUMN "search_vector" tsvector
  GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, "title"), 'A') ||
    setweight(to_tsvector('simple'::regconfig, "description"), 'B')
  ) STORED;
DROP INDEX "work_items"."work_item_search_idx";
CREATE INDEX "work_item_search_idx" ON "work_items"."work_item" USING GIN ("search_vector");
