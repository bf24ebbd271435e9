-- CreateTable
CREATE TABLE "users"."outbox" (
    "seq" BIGSERIAL NOT NULL,
    "id" UUID NOT NULL,
    "stream" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "envelope" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,

    CONSTRAINT "outbox_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE UNIQUE INDEX "outbox_id_key" ON "users"."outbox"("id");

-- Hand-written: the relay's indexes (pending rows in order, published rows for the cleanup) and the
-- statement-level trigger that wakes the relay with the schema's name on channel workgraph_outbox.
-- The migration runner splits the script on every semicolon, dollar-quoted bodies included, so the
-- function body is an escape string whose semicolons are written as \073.
CREATE INDEX "outbox_pending_idx" ON "users"."outbox" ("seq") WHERE "published_at" IS NULL;

CREATE INDEX "outbox_published_at_idx" ON "users"."outbox" ("published_at") WHERE "published_at" IS NOT NULL;

CREATE FUNCTION "users"."notify_outbox"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN PERFORM pg_notify(''workgraph_outbox'', TG_TABLE_SCHEMA)\073 RETURN NULL\073 END';

CREATE TRIGGER "outbox_notify" AFTER INSERT ON "users"."outbox"
  FOR EACH STATEMENT EXECUTE FUNCTION "users"."notify_outbox"();
