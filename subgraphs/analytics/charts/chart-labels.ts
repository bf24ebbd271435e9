import { height } from './chart-theme';

/** A text label placed beside the end of a series, at `value` on the y axis. */
export interface EndLabel {
  text: string;
  value: number;
}

const minimumGap = 14; // px between label baselines: one 11px line and some air

/**
 * Moves end-of-series labels apart so none overlaps another, keeping their order: the y scale runs
 * from 0 to `domainMax` over the chart's height, so a value maps to pixels and back. Returns each
 * label with the value to draw it at.
 */
export function spreadEndLabels(labels: readonly EndLabel[], domainMax: number): (EndLabel & { at: number })[] {
  const pixelsPerUnit = domainMax > 0 ? height / domainMax : 1;
  const placed = labels
    .map((label, index) => ({ label, index, px: height - label.value * pixelsPerUnit }))
    .sort((a, b) => a.px - b.px);
  for (let i = 1; i < placed.length; i++) {
    const previous = placed[i - 1]!;
    const current = placed[i]!;
    if (current.px - previous.px < minimumGap) current.px = previous.px + minimumGap;
  }
  // Labels pushed below the axis move the whole column up.
  const overflow = placed.length ? placed[placed.length - 1]!.px - height : 0;
  if (overflow > 0) for (const entry of placed) entry.px -= overflow;
  return placed
    .sort((a, b) => a.index - b.index)
    .map(({ label, px }) => ({ ...label, at: (height - px) / pixelsPerUnit }));
}

/** Two text layers for labels: a white halo under dark text, so a label stays legible on any mark. */
export function haloText(mark: Record<string, unknown>, encoding: Record<string, unknown>): Record<string, unknown>[] {
  return [
    { mark: { type: 'text', ...mark, fill: '#ffffff', stroke: '#ffffff', strokeWidth: 3 }, encoding },
    { mark: { type: 'text', ...mark }, encoding },
  ];
}
