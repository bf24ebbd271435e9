-- Hand-written (the Prisma datamodel cannot express it): full-text search over comment bodies. The
-- search query uses exactly this expression (subgraphs/work-items/data/search.ts).
CREATE INDEX "comment_search_idx" ON "work_items"."comment" USING GIN (to_tsvector('simple'::regconfig, "body"));
