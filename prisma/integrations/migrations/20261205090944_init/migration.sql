-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "integrations";

-- CreateTable
CREATE TABLE "integrations"."webhook_endpoint" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "project_id" UUID,
    "url" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "event_types" TEXT[],
    "payload_mode" TEXT NOT NULL,
    "secret_ciphertext" TEXT NOT NULL,
    "previous_secret_ciphertext" TEXT,
    "previous_secret_expires_at" TIMESTAMPTZ(3),
    "disabled_at" TIMESTAMPTZ(3),
    "disabled_reason" TEXT,
    "failing_since" TIMESTAMPTZ(3),
    "created_by" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_endpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "integrations"."webhook_delivery" (
    "id" UUID NOT NULL,
    "seq" BIGSERIAL NOT NULL,
    "endpoint_id" UUID NOT NULL,
    "event_id" UUID,
    "event_type" TEXT NOT NULL,
    "aggregate_id" UUID,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "next_trigger" TEXT NOT NULL,
    "next_attempt_at" TIMESTAMPTZ(3),
    "retry_index" INTEGER NOT NULL DEFAULT 0,
    "attempt_count" INTEGER NOT NULL DEFAULT 0,
    "lease_until" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "integrations"."webhook_attempt" (
    "id" UUID NOT NULL,
    "delivery_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "trigger" TEXT NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "duration_ms" INTEGER NOT NULL,
    "request_url" TEXT NOT NULL,
    "request_headers" JSONB NOT NULL,
    "response_status" INTEGER,
    "response_body_excerpt" TEXT,
    "error" TEXT,
    "outcome" TEXT NOT NULL,

    CONSTRAINT "webhook_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "integrations"."organization_admin" (
    "organization_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,

    CONSTRAINT "organization_admin_pkey" PRIMARY KEY ("organization_id","user_id")
);

-- CreateTable
CREATE TABLE "integrations"."processed_events" (
    "consumer" TEXT NOT NULL,
    "event_id" UUID NOT NULL,
    "processed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "processed_events_pkey" PRIMARY KEY ("consumer","event_id")
);

-- CreateTable
CREATE TABLE "integrations"."outbox" (
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
CREATE INDEX "webhook_endpoint_organization_id_created_at_id_idx" ON "integrations"."webhook_endpoint"("organization_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "webhook_endpoint_project_id_created_at_id_idx" ON "integrations"."webhook_endpoint"("project_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "webhook_delivery_endpoint_id_created_at_id_idx" ON "integrations"."webhook_delivery"("endpoint_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "webhook_delivery_endpoint_id_status_created_at_id_idx" ON "integrations"."webhook_delivery"("endpoint_id", "status", "created_at", "id");

-- CreateIndex
CREATE INDEX "webhook_delivery_endpoint_id_occurred_at_idx" ON "integrations"."webhook_delivery"("endpoint_id", "occurred_at");

-- CreateIndex
CREATE INDEX "webhook_delivery_created_at_idx" ON "integrations"."webhook_delivery"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "webhook_delivery_endpoint_id_event_id_key" ON "integrations"."webhook_delivery"("endpoint_id", "event_id");

-- CreateIndex
CREATE UNIQUE INDEX "webhook_attempt_delivery_id_number_key" ON "integrations"."webhook_attempt"("delivery_id", "number");

-- CreateIndex
CREATE INDEX "processed_events_processed_at_idx" ON "integrations"."processed_events"("processed_at");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_id_key" ON "integrations"."outbox"("id");

-- AddForeignKey
ALTER TABLE "integrations"."webhook_delivery" ADD CONSTRAINT "webhook_delivery_endpoint_id_fkey" FOREIGN KEY ("endpoint_id") REFERENCES "integrations"."webhook_endpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "integrations"."webhook_attempt" ADD CONSTRAINT "webhook_attempt_delivery_id_fkey" FOREIGN KEY ("delivery_id") REFERENCES "integrations"."webhook_delivery"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the outbox relay's indexes and the trigger that wakes it (see the projects schema's
-- outbox migration: the function body is an escape string whose semicolons are written as \073).
CREATE INDEX "outbox_pending_idx" ON "integrations"."outbox" ("seq") WHERE "published_at" IS NULL;

CREATE INDEX "outbox_published_at_idx" ON "integrations"."outbox" ("published_at") WHERE "published_at" IS NOT NULL;

CREATE FUNCTION "integrations"."notify_outbox"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN PERFORM pg_notify(''workgraph_outbox'', TG_TABLE_SCHEMA)\073 RETURN NULL\073 END';

CREATE TRIGGER "outbox_notify" AFTER INSERT ON "integrations"."outbox"
  FOR EACH STATEMENT EXECUTE FUNCTION "integrations"."notify_outbox"();

-- Hand-written partial indexes of the delivery worker: due deliveries in lease order, and the
-- pending deliveries of one endpoint and aggregate in send order (a delivery waits for earlier ones).
CREATE INDEX "webhook_delivery_due_idx" ON "integrations"."webhook_delivery" ("next_attempt_at", "seq") WHERE "status" = 'PENDING';

CREATE INDEX "webhook_delivery_pending_order_idx" ON "integrations"."webhook_delivery" ("endpoint_id", "aggregate_id", "seq") WHERE "status" = 'PENDING';
