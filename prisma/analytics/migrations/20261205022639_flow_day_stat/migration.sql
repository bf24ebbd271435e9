-- CreateTable
CREATE TABLE "analytics"."flow_day_stat" (
    "project_id" UUID NOT NULL,
    "measure" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "days" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "flow_day_stat_pkey" PRIMARY KEY ("project_id","measure","day","days")
);

-- Written by hand: the rows an item adds to flow_day_stat (its creation day, and when finished its
-- lead and cycle time on its finishing day, calendar days in UTC with both ends counted, an item
-- finished without a start counting 1 cycle day) as metrics/lead-cycle-times.ts measures them
CREATE FUNCTION "analytics"."flow_day_stat_rows"(created_at TIMESTAMPTZ, started_at TIMESTAMPTZ, finished_at TIMESTAMPTZ)
RETURNS TABLE (measure TEXT, day DATE, days INTEGER) LANGUAGE sql IMMUTABLE AS $$
  SELECT 'CREATED', (created_at AT TIME ZONE 'UTC')::date, 0
  UNION ALL
  SELECT 'LEAD', (finished_at AT TIME ZONE 'UTC')::date,
    (finished_at AT TIME ZONE 'UTC')::date - (created_at AT TIME ZONE 'UTC')::date + 1
  WHERE finished_at IS NOT NULL
  UNION ALL
  SELECT 'CYCLE', (finished_at AT TIME ZONE 'UTC')::date,
    (finished_at AT TIME ZONE 'UTC')::date - (coalesce(started_at, finished_at) AT TIME ZONE 'UTC')::date + 1
  WHERE finished_at IS NOT NULL
$$;

-- Written by hand: statement triggers with transition tables keep flow_day_stat set-based, one
-- statement per write whether it changes one item or a whole project after new flow settings. The
-- rows are added in key order so concurrent writers take their row locks in the same order (the
-- bodies are escape strings whose semicolons are written as \073, as in the outbox trigger)
CREATE FUNCTION "analytics"."item_fact_inserted_stats"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN
  INSERT INTO analytics.flow_day_stat AS s (project_id, measure, day, days, count)
  SELECT n.project_id, r.measure, r.day, r.days, count(*)::int
  FROM new_rows n CROSS JOIN LATERAL analytics.flow_day_stat_rows(n.created_at, n.started_at, n.finished_at) r
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (project_id, measure, day, days) DO UPDATE SET count = s.count + EXCLUDED.count\073
  RETURN NULL\073
END';

CREATE FUNCTION "analytics"."item_fact_updated_stats"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN
  INSERT INTO analytics.flow_day_stat AS s (project_id, measure, day, days, count)
  SELECT c.project_id, r.measure, r.day, r.days, sum(c.sign)::int
  FROM (
    SELECT project_id, created_at, started_at, finished_at, 1 AS sign FROM new_rows
    UNION ALL
    SELECT project_id, created_at, started_at, finished_at, -1 FROM old_rows
  ) c CROSS JOIN LATERAL analytics.flow_day_stat_rows(c.created_at, c.started_at, c.finished_at) r
  GROUP BY 1, 2, 3, 4 HAVING sum(c.sign) <> 0 ORDER BY 1, 2, 3, 4
  ON CONFLICT (project_id, measure, day, days) DO UPDATE SET count = s.count + EXCLUDED.count\073
  RETURN NULL\073
END';

CREATE FUNCTION "analytics"."item_fact_deleted_stats"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN
  INSERT INTO analytics.flow_day_stat AS s (project_id, measure, day, days, count)
  SELECT o.project_id, r.measure, r.day, r.days, -count(*)::int
  FROM old_rows o CROSS JOIN LATERAL analytics.flow_day_stat_rows(o.created_at, o.started_at, o.finished_at) r
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (project_id, measure, day, days) DO UPDATE SET count = s.count + EXCLUDED.count\073
  RETURN NULL\073
END';

CREATE TRIGGER "item_fact_inserted_stats" AFTER INSERT ON "analytics"."item_fact"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "analytics"."item_fact_inserted_stats"();
CREATE TRIGGER "item_fact_updated_stats" AFTER UPDATE ON "analytics"."item_fact"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "analytics"."item_fact_updated_stats"();
CREATE TRIGGER "item_fact_deleted_stats" AFTER DELETE ON "analytics"."item_fact"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "analytics"."item_fact_deleted_stats"();

-- Written by hand: the items already in the read model
INSERT INTO "analytics"."flow_day_stat" (project_id, measure, day, days, count)
SELECT f.project_id, r.measure, r.day, r.days, count(*)::int
FROM "analytics"."item_fact" f CROSS JOIN LATERAL "analytics"."flow_day_stat_rows"(f.created_at, f.started_at, f.finished_at) r
GROUP BY 1, 2, 3, 4;
