import { badInput } from '../../../lib/errors';

/** What an organization gets until its admins choose: generous enough that uploads are not the complaint. */
export const defaultLimits = {
  maxFileBytes: 100 * 1024 ** 2,
  projectQuotaBytes: 10 * 1024 ** 3,
  retentionDays: 30,
};

export interface EffectiveLimits {
  maxFileBytes: number;
  projectQuotaBytes: number;
  retentionDays: number;
}

/** An organization's limits: its row, or the defaults, never above what the deployment accepts. */
export function effectiveLimits(
  row: { maxFileBytes: bigint; projectQuotaBytes: bigint; retentionDays: number } | null,
  deploymentMaxFileBytes: number,
): EffectiveLimits {
  const chosen = row
    ? {
        maxFileBytes: Number(row.maxFileBytes),
        projectQuotaBytes: Number(row.projectQuotaBytes),
        retentionDays: row.retentionDays,
      }
    : defaultLimits;
  return { ...chosen, maxFileBytes: Math.min(chosen.maxFileBytes, deploymentMaxFileBytes) };
}

/** The limits after a `setFileLimits`: the input's values over the current ones, checked together. */
export function nextLimits(
  current: EffectiveLimits,
  input: { maxFileBytes?: number | null; projectQuotaBytes?: number | null; retentionDays?: number | null },
  deploymentMaxFileBytes: number,
): EffectiveLimits {
  const next = {
    maxFileBytes: input.maxFileBytes ?? current.maxFileBytes,
    projectQuotaBytes: input.projectQuotaBytes ?? current.projectQuotaBytes,
    retentionDays: input.retentionDays ?? current.retentionDays,
  };
  if (
    !Number.isSafeInteger(next.maxFileBytes) ||
    next.maxFileBytes < 1024 ||
    next.maxFileBytes > deploymentMaxFileBytes
  ) {
    throw badInput(
      'input.maxFileBytes',
      `maxFileBytes must be a whole number from 1024 to ${deploymentMaxFileBytes}.`,
      {
        limit: deploymentMaxFileBytes,
      },
    );
  }
  if (!Number.isSafeInteger(next.projectQuotaBytes) || next.projectQuotaBytes < next.maxFileBytes) {
    throw badInput(
      'input.projectQuotaBytes',
      'projectQuotaBytes must be a whole number of bytes, at least maxFileBytes.',
    );
  }
  if (!Number.isInteger(next.retentionDays) || next.retentionDays < 1 || next.retentionDays > 365) {
    throw badInput('input.retentionDays', 'retentionDays must be from 1 to 365.');
  }
  return next;
}
