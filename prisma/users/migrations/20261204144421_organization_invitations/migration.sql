-- CreateTable
CREATE TABLE "users"."organization_invitation" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "token_hash" TEXT,
    "invited_by_id" UUID NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "responded_at" TIMESTAMPTZ(3),
    "accepted_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organization_invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users"."invitation_send" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "invitation_send_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "organization_invitation_token_hash_key" ON "users"."organization_invitation"("token_hash");

-- CreateIndex
CREATE INDEX "organization_invitation_organization_id_created_at_id_idx" ON "users"."organization_invitation"("organization_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "organization_invitation_email_created_at_id_idx" ON "users"."organization_invitation"("email", "created_at", "id");

-- CreateIndex
CREATE INDEX "organization_invitation_invited_by_id_status_idx" ON "users"."organization_invitation"("invited_by_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "organization_invitation_organization_id_email_key" ON "users"."organization_invitation"("organization_id", "email");

-- CreateIndex
CREATE INDEX "invitation_send_organization_id_sent_at_idx" ON "users"."invitation_send"("organization_id", "sent_at");

-- AddForeignKey
ALTER TABLE "users"."organization_invitation" ADD CONSTRAINT "organization_invitation_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "users"."organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
