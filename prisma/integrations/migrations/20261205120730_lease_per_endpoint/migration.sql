-- Hand-written indexes of the delivery worker's lease (see npm run explain:integrations). The datamodel does not change.

-- leaseDueDeliveries now takes, endpoint by endpoint, the oldest due deliveries up to the endpoint's
-- free slots (INTEGRATIONS_WEBHOOK_ENDPOINT_CONCURRENCY less its deliveries leased and unexpired,
-- across replicas). Each endpoint's due deliveries in lease order, so its scan stops after its slots,
-- replace the global due index, which only the old lease read.
DROP INDEX "integrations"."webhook_delivery_due_idx";

CREATE INDEX "webhook_delivery_endpoint_due_idx" ON "integrations"."webhook_delivery" ("endpoint_id", "next_attempt_at", "seq")
  WHERE "status" = 'PENDING';

-- The deliveries leased (in flight, or left by a worker that died until the lease expires): few rows,
-- counted per endpoint by every lease. Recording an attempt clears lease_until.
CREATE INDEX "webhook_delivery_leased_idx" ON "integrations"."webhook_delivery" ("endpoint_id", "lease_until")
  WHERE "lease_until" IS NOT NULL;
