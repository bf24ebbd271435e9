import { canonicalLink, inverseLinkType, linkTypeSeenFrom } from './links';

const a = '11111111-1111-4111-8111-111111111111';
const b = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';

describe('canonicalLink', () => {
  test('keeps BLOCKS, DUPLICATES and CLONES as given', () => {
    expect(canonicalLink(b, a, 'BLOCKS')).toEqual({ sourceId: b, targetId: a, type: 'BLOCKS' });
    expect(canonicalLink(b, a, 'DUPLICATES')).toEqual({ sourceId: b, targetId: a, type: 'DUPLICATES' });
    expect(canonicalLink(b, a, 'CLONES')).toEqual({ sourceId: b, targetId: a, type: 'CLONES' });
  });

  test('stores the BY types as their inverse with the ends swapped', () => {
    expect(canonicalLink(a, b, 'BLOCKED_BY')).toEqual({ sourceId: b, targetId: a, type: 'BLOCKS' });
    expect(canonicalLink(a, b, 'DUPLICATED_BY')).toEqual({ sourceId: b, targetId: a, type: 'DUPLICATES' });
    expect(canonicalLink(a, b, 'CLONED_BY')).toEqual({ sourceId: b, targetId: a, type: 'CLONES' });
  });

  test('stores RELATES_TO with the smaller id as source, whichever side it is given from', () => {
    expect(canonicalLink(b, a, 'RELATES_TO')).toEqual({ sourceId: a, targetId: b, type: 'RELATES_TO' });
    expect(canonicalLink(a, b, 'RELATES_TO')).toEqual({ sourceId: a, targetId: b, type: 'RELATES_TO' });
  });
});

describe('link types seen from each end', () => {
  test('every type has an inverse whose inverse is itself', () => {
    for (const type of [
      'BLOCKS',
      'BLOCKED_BY',
      'RELATES_TO',
      'DUPLICATES',
      'DUPLICATED_BY',
      'CLONES',
      'CLONED_BY',
    ] as const) {
      expect(inverseLinkType(inverseLinkType(type))).toBe(type);
    }
    expect(inverseLinkType('BLOCKS')).toBe('BLOCKED_BY');
    expect(inverseLinkType('RELATES_TO')).toBe('RELATES_TO');
  });

  test('the source sees the stored type and the target its inverse', () => {
    expect(linkTypeSeenFrom('BLOCKS', true)).toBe('BLOCKS');
    expect(linkTypeSeenFrom('BLOCKS', false)).toBe('BLOCKED_BY');
    expect(linkTypeSeenFrom('CLONES', false)).toBe('CLONED_BY');
    expect(linkTypeSeenFrom('RELATES_TO', false)).toBe('RELATES_TO');
  });
});
