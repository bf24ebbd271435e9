import { AppError, ErrorCode } from '../../../lib/errors';
import type { UsersTx } from '../db';
import { sendingRetryAfterSeconds, sendingWindowMs } from '../rules/invitations';

/** Refuses a sending beyond the organization's limit (the organization row is locked by the caller). */
export async function recordSending(tx: UsersTx, organizationId: string, now: Date, perDay: number): Promise<void> {
  const windowStart = new Date(now.getTime() - sendingWindowMs);
  await tx.invitationSend.deleteMany({ where: { organizationId, sentAt: { lte: windowStart } } });
  const sent = await tx.invitationSend.count({ where: { organizationId } });
  if (sent >= perDay) {
    // A sending is possible again when the oldest of the last `perDay` leaves the window.
    const oldest = await tx.invitationSend.findFirst({
      where: { organizationId },
      orderBy: { sentAt: 'desc' },
      skip: perDay - 1,
      select: { sentAt: true },
    });
    throw new AppError(
      ErrorCode.TooManyRequests,
      `This organization sent ${perDay} invitations in the last 24 hours. Try again later.`,
      { retryAfterSeconds: sendingRetryAfterSeconds(oldest?.sentAt ?? null, now) },
    );
  }
  await tx.invitationSend.create({ data: { organizationId, sentAt: now } });
}
