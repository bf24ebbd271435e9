import { buildSchema, parse, type ExecutionResult } from 'graphql';
import {
  SharedResults,
  endOfStream,
  sharingKey,
  subscribeToResults,
  type ComputedResult,
  type StreamItem,
} from './shared-results';
import { SubscriberStream } from './subscriber-stream';

const answer = (userId: string, shareable = true): ComputedResult => ({
  result: { data: { as: userId } },
  userId,
  shareable,
});

describe('SharedResults', () => {
  it('computes one answer per event and key, as the first subscription that asks', async () => {
    const results = new SharedResults();
    const event = {};
    const compute = jest.fn((userId: string) => async () => answer(userId));
    const received = await Promise.all(
      ['ada', 'mo', 'vi'].map((userId) => results.resultFor(event, 'key', userId, compute(userId))),
    );
    expect(received).toEqual([{ data: { as: 'ada' } }, { data: { as: 'ada' } }, { data: { as: 'ada' } }]);
    expect(results.executions).toBe(1);
  });

  it('computes again for another event or another key', async () => {
    const results = new SharedResults();
    const [first, second] = [{}, {}];
    await results.resultFor(first, 'a', 'ada', async () => answer('ada'));
    await results.resultFor(second, 'a', 'ada', async () => answer('ada'));
    await results.resultFor(first, 'b', 'mo', async () => answer('mo'));
    expect(results.executions).toBe(3);
  });

  it('lets every other subscription resolve its own answer when the first one may not be shareable', async () => {
    const results = new SharedResults();
    const event = {};
    const received: ExecutionResult[] = [];
    for (const userId of ['ada', 'mo', 'vi']) {
      received.push(await results.resultFor(event, 'key', userId, async () => answer(userId, false)));
    }
    expect(received).toEqual([{ data: { as: 'ada' } }, { data: { as: 'mo' } }, { data: { as: 'vi' } }]);
    expect(results.executions).toBe(3);
  });
});

describe('sharingKey', () => {
  const document = parse('subscription { workItemChanged(projectId: "p") { kind } }');
  const base = { topic: 'work-items:p', document, operationName: null, variableValues: { a: 1 } };

  it('is the same for two readers when the operation selects nothing caller-dependent', () => {
    expect(sharingKey({ ...base, userId: 'ada', personal: false })).toBe(
      sharingKey({ ...base, userId: 'mo', personal: false }),
    );
  });

  it("holds the subscriber when the operation's answer is their own", () => {
    expect(sharingKey({ ...base, userId: 'ada', personal: true })).not.toBe(
      sharingKey({ ...base, userId: 'mo', personal: true }),
    );
  });

  it('differs by topic, document and variables', () => {
    const key = sharingKey({ ...base, userId: 'ada', personal: false });
    expect(sharingKey({ ...base, topic: 'work-items:q', userId: 'ada', personal: false })).not.toBe(key);
    expect(sharingKey({ ...base, document: parse('subscription { x }'), userId: 'ada', personal: false })).not.toBe(
      key,
    );
    expect(sharingKey({ ...base, variableValues: { a: 2 }, userId: 'ada', personal: false })).not.toBe(key);
  });
});

describe('subscribeToResults', () => {
  const schema = buildSchema('type Query { x: Int } type Subscription { tick: Int }');
  const run = async (items: StreamItem[]) => {
    const stream = new SubscriberStream<Promise<StreamItem>>(10, () => {});
    schema.getSubscriptionType()!.getFields().tick!.subscribe = () => stream;
    const results = await subscribeToResults({ schema, document: parse('subscription { tick }') });
    for (const item of items) stream.push(Promise.resolve(item));
    stream.end();
    const received: ExecutionResult[] = [];
    for await (const result of results as AsyncIterable<ExecutionResult>) received.push(result);
    return received;
  };

  it('passes on each answer in order and skips events that were not for the subscriber', async () => {
    expect(await run([{ data: { tick: 1 } }, null, { data: { tick: 3 } }])).toEqual([
      { data: { tick: 1 } },
      { data: { tick: 3 } },
    ]);
  });

  it('completes at an end marker, delivering nothing after it', async () => {
    expect(await run([{ data: { tick: 1 } }, endOfStream, { data: { tick: 3 } }])).toEqual([{ data: { tick: 1 } }]);
  });
});
