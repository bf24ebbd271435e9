import type { NotificationsPrisma, NotificationsTx } from '../db';

/**
 * What a data function that runs one statement, or only reads, takes: the client or a transaction.
 * A write of several statements takes `NotificationsTx` alone.
 */
export type NotificationsDb = NotificationsPrisma | NotificationsTx;
