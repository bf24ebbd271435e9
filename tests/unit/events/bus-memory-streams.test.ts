import { MemoryStreams, NoGroupError } from '../../../lib/events/memory-streams';

describe('the in-process streams', () => {
  let time = 1_000;
  const streams = new MemoryStreams(() => time);

  it('hands pending entries over in id order, counting a delivery each time', () => {
    for (const name of ['a', 'b', 'c']) streams.add('s', { name });
    streams.createGroup('s', 'g', 'beginning');
    const read = streams.readGroup('s', 'g', 'first', 10);
    streams.ack('s', 'g', read[1]!.id);
    time += 100;

    const claimed = streams.claim('s', 'g', 'second', 50, 10);
    expect(claimed.map(({ entry, deliveries }) => [entry.fields.name, deliveries])).toEqual([
      ['a', 2],
      ['c', 2],
    ]);
    expect(streams.claim('s', 'g', 'third', 50, 10)).toEqual([]);
  });

  it('resets the idle time of a touched entry without counting a delivery', () => {
    streams.add('t', { name: 'slow' });
    streams.createGroup('t', 'g', 'beginning');
    const [entry] = streams.readGroup('t', 'g', 'worker', 1);
    time += 100;
    streams.touch('t', 'g', 'worker', entry!.id);
    expect(streams.claim('t', 'g', 'other', 50, 10)).toEqual([]);
    time += 100;
    expect(streams.claim('t', 'g', 'other', 50, 10).map(({ deliveries }) => deliveries)).toEqual([2]);
  });

  it('drops from the pending list an entry trimmed away before it was claimed', () => {
    streams.add('u', { name: 'old' });
    streams.createGroup('u', 'g', 'beginning');
    streams.readGroup('u', 'g', 'worker', 1);
    time += 100;
    streams.add('u', { name: 'new' }, time);
    expect(streams.claim('u', 'g', 'other', 50, 10)).toEqual([]);
    expect(streams.readGroup('u', 'g', 'other', 10).map((entry) => entry.fields.name)).toEqual(['new']);
  });

  it('refuses to read for a group that does not exist', () => {
    expect(() => streams.readGroup('s', 'missing', 'worker', 1)).toThrow(NoGroupError);
    expect(() => streams.readGroup('s', 'missing', 'worker', 1)).toThrow('NOGROUP no group missing on s');
  });
});
