import { SubscriberStream } from './subscriber-stream';

describe('SubscriberStream', () => {
  it('hands out pushed events in order, to a waiting reader and from the queue', async () => {
    const stream = new SubscriberStream<number>(10, () => {});
    const waiting = stream.next();
    stream.push(1);
    stream.push(2);
    stream.push(3);
    expect(await waiting).toEqual({ value: 1, done: false });
    expect(await stream.next()).toEqual({ value: 2, done: false });
    expect(await stream.next()).toEqual({ value: 3, done: false });
  });

  it('completes after the queued events when ended, and tells its owner once', async () => {
    const onReturn = jest.fn();
    const stream = new SubscriberStream<number>(10, onReturn);
    stream.push(1);
    stream.end();
    stream.end();
    stream.push(2);
    expect(await stream.next()).toEqual({ value: 1, done: false });
    expect(await stream.next()).toEqual({ value: undefined, done: true });
    expect(onReturn).toHaveBeenCalledTimes(1);
  });

  it('completes a reader that is already waiting', async () => {
    const stream = new SubscriberStream<number>(10, () => {});
    const waiting = stream.next();
    stream.end();
    expect(await waiting).toEqual({ value: undefined, done: true });
  });

  it('fails with SUBSCRIPTION_OVERFLOW when a reader falls too far behind', async () => {
    const onReturn = jest.fn();
    const stream = new SubscriberStream<number>(2, onReturn);
    stream.push(1);
    stream.push(2);
    stream.push(3);
    await expect(stream.next()).rejects.toMatchObject({ extensions: { code: 'SUBSCRIPTION_OVERFLOW' } });
    expect(await stream.next()).toEqual({ value: undefined, done: true });
    expect(onReturn).toHaveBeenCalledTimes(1);
  });

  it('stops when the consumer returns or throws', async () => {
    const returned = new SubscriberStream<number>(10, () => {});
    returned.push(1);
    expect(await returned.return()).toEqual({ value: undefined, done: true });
    expect(returned.done).toBe(true);
    const thrown = new SubscriberStream<number>(10, () => {});
    await expect(thrown.throw(new Error('gone'))).rejects.toThrow('gone');
    expect(await thrown.next()).toEqual({ value: undefined, done: true });
  });
});
