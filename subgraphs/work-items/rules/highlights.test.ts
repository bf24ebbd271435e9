import { highlightsOf } from './highlights';

const S = '\u0001';
const E = '\u0002';

describe('highlightsOf', () => {
  it('gives the plain text and the offsets of each marked passage', () => {
    expect(highlightsOf(`Fix the ${S}deploy${E} of ${S}billing${E}`, S, E)).toEqual({
      text: 'Fix the deploy of billing',
      highlights: [
        { start: 8, end: 14 },
        { start: 18, end: 25 },
      ],
    });
  });

  it('counts offsets in UTF-16 units, as JavaScript strings index them', () => {
    const { text, highlights } = highlightsOf(`😀 ${S}café${E}`, S, E);
    expect(text.slice(highlights[0]!.start, highlights[0]!.end)).toBe('café');
  });

  it('drops unpaired and empty marks', () => {
    expect(highlightsOf(`a${E}b${S}${E}c${S}d`, S, E)).toEqual({ text: 'abcd', highlights: [] });
  });
});
