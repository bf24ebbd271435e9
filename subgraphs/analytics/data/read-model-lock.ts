import type { AnalyticsTx } from '../db';

// One advisory lock guards the read model: every event's transaction takes it shared, a rebuild
// exclusive, so no event lands between the rebuild's wipe and its replay.
const readModelLockKey = 0x616e616c; // "anal"

export async function shareReadModel(tx: AnalyticsTx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(${readModelLockKey}::bigint)`;
}

export async function ownReadModel(tx: AnalyticsTx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${readModelLockKey}::bigint)`;
}
