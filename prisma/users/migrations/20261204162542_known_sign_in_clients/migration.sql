-- CreateTable
CREATE TABLE "users"."known_sign_in_client" (
    "pair_hash" TEXT NOT NULL,
    "last_succeeded_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "known_sign_in_client_pkey" PRIMARY KEY ("pair_hash")
);
