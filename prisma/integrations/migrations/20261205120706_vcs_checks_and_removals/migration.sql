-- CreateTable
CREATE TABLE "integrations"."vcs_check" (
    "connection_id" UUID NOT NULL,
    "repository" TEXT NOT NULL,
    "sha" TEXT NOT NULL,
    "check_key" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "run_id" BIGINT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "vcs_check_pkey" PRIMARY KEY ("connection_id","repository","sha","check_key")
);

-- CreateTable
CREATE TABLE "integrations"."vcs_attachment_removal" (
    "link_attachment_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "actor_id" UUID NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "vcs_attachment_removal_pkey" PRIMARY KEY ("link_attachment_id")
);

-- CreateIndex
CREATE INDEX "vcs_attachment_removal_next_attempt_at_idx" ON "integrations"."vcs_attachment_removal"("next_attempt_at");

-- AddForeignKey
ALTER TABLE "integrations"."vcs_check" ADD CONSTRAINT "vcs_check_connection_id_fkey" FOREIGN KEY ("connection_id") REFERENCES "integrations"."vcs_connection"("id") ON DELETE CASCADE ON UPDATE CASCADE;
