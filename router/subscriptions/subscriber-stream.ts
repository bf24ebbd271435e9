import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../lib/errors';

/**
 * The source stream of one subscription: events pushed by the hub, pulled by graphql-js. Bounded, so
 * a client that stops reading cannot grow the router's memory: past `maxQueued` undelivered events
 * the subscription fails and the client must resubscribe.
 */
export class SubscriberStream<T> implements AsyncIterableIterator<T> {
  private readonly queue: T[] = [];
  private waiting: ((result: IteratorResult<T>) => void) | null = null;
  private failWaiting: ((error: unknown) => void) | null = null;
  private ended = false;
  private failure: GraphQLError | null = null;

  constructor(
    private readonly maxQueued: number,
    private readonly onReturn: () => void,
  ) {}

  get done(): boolean {
    return this.ended;
  }

  push(value: T): void {
    if (this.ended) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = this.failWaiting = null;
      resolve({ value, done: false });
      return;
    }
    if (this.queue.length >= this.maxQueued) return this.overflow();
    this.queue.push(value);
  }

  /** Ends the subscription with SUBSCRIPTION_OVERFLOW: more events are waiting than it may hold. */
  overflow(): void {
    if (this.ended) return;
    this.fail(
      new GraphQLError('Too many undelivered events: the subscription was ended. Subscribe again.', {
        extensions: { code: ErrorCode.SubscriptionOverflow },
      }),
    );
  }

  /** Completes the subscription after the events already queued. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.onReturn();
    if (this.waiting && !this.queue.length) {
      const resolve = this.waiting;
      this.waiting = this.failWaiting = null;
      resolve({ value: undefined, done: true });
    }
  }

  /** Ends the subscription with this error (the client gets an `error` message), dropping what is queued. */
  fail(error: GraphQLError): void {
    this.queue.length = 0;
    const reject = this.failWaiting;
    this.waiting = this.failWaiting = null;
    if (reject) reject(error);
    else this.failure = error;
    this.end();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.queue.length) return Promise.resolve({ value: this.queue.shift() as T, done: false });
    if (this.failure) {
      const error = this.failure;
      this.failure = null;
      return Promise.reject(error);
    }
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failWaiting = reject;
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.queue.length = 0;
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<T>> {
    this.queue.length = 0;
    this.end();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
