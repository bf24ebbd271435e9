/**
 * Thrown by a consumer's handler when the event cannot be handled yet for a reason that passes by
 * itself (a service it must ask is unreachable): the consumer retries it with the usual backoff (up
 * to 30 s) for as long as it takes, never dead-letters it, and handles nothing after it meanwhile.
 * Only for causes outside the event: a malformed event thrown as RetryLater would stop the group.
 */
export class RetryLater extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RetryLater';
  }
}
