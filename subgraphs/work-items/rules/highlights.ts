/** A text with its marked passages as UTF-16 offsets, end exclusive. */
export interface HighlightedText {
  text: string;
  highlights: { start: number; end: number }[];
}

/**
 * Splits a text marked with `start`/`end` characters (as ts_headline marks matched words) into the
 * plain text and the offsets of its marked passages. Unpaired marks are dropped.
 */
export function highlightsOf(marked: string, start: string, end: string): HighlightedText {
  let text = '';
  const highlights: HighlightedText['highlights'] = [];
  let open: number | null = null;
  for (const char of marked) {
    if (char === start) {
      open = text.length;
    } else if (char === end) {
      if (open !== null && text.length > open) highlights.push({ start: open, end: text.length });
      open = null;
    } else {
      text += char;
    }
  }
  return { text, highlights };
}
