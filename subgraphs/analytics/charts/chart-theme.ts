import type { Config } from 'vega-lite' with { 'resolution-mode': 'import' };
import type { VegaLiteSpec } from './chart-spec';

/**
 * Okabe-Ito colours, distinguishable with the common colour-vision deficiencies; the orange is
 * darkened and the yellow and sky blue left out so every colour has at least 3:1 contrast on white
 * (WCAG 1.4.11, graphical objects). Colour is never the only cue: see `dashes` and `shapes`.
 */
export const palette = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#9E6A00', '#332288', '#882255', '#000000'];
export const textColor = '#333333';
export const background = '#ffffff';
/** Stroke patterns, one per series (empty: solid). */
export const dashes: number[][] = [[], [6, 4], [2, 3], [10, 3, 2, 3]];
/** Point shapes, one per series. */
export const shapes = ['circle', 'square', 'triangle-up', 'diamond'];

/** The one font the server has (DejaVu Sans): librsvg draws PNG text with it. */
export const font = 'DejaVu Sans, Verdana, sans-serif';
export const width = 640;
export const height = 320;

const config: Config = {
  font,
  background,
  view: { stroke: null },
  title: { fontSize: 16, color: '#1a1a1a', anchor: 'start', offset: 12 },
  axis: {
    labelColor: textColor,
    titleColor: textColor,
    domainColor: '#595959',
    tickColor: '#595959',
    gridColor: '#e3e3e3',
    labelFontSize: 11,
    titleFontSize: 12,
  },
  legend: {
    labelColor: textColor,
    titleColor: textColor,
    labelFontSize: 11,
    titleFontSize: 12,
    orient: 'bottom',
    labelLimit: 0,
  },
  text: { color: textColor, fontSize: 11 },
  range: { category: palette },
};

/** The frame every chart shares: title, size, font, colours; `body` brings data, marks and layers. */
export function chartSpec(title: string, summary: string, body: Record<string, unknown>): VegaLiteSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title,
    description: summary,
    width,
    height,
    padding: 8,
    config,
    ...body,
  } as VegaLiteSpec;
}

/** A chart with nothing to draw: its frame and a sentence saying so. */
export function emptyChartSpec(title: string, summary: string): VegaLiteSpec {
  return chartSpec(title, summary, {
    data: { values: [{ text: 'No data for these days.' }] },
    mark: { type: 'text', fontSize: 14, color: textColor },
    encoding: { text: { field: 'text', type: 'nominal' } },
  });
}

/** Parses `YYYY-MM-DD` fields as UTC days, so no server time zone moves a bar. */
export function utcDates(...fields: string[]): { parse: Record<string, string> } {
  return { parse: Object.fromEntries(fields.map((field) => [field, 'utc:"%Y-%m-%d"'])) };
}

/** A UTC date axis. */
export function dateAxis(field: string, title: string): Record<string, unknown> {
  return { field, type: 'temporal', title, scale: { type: 'utc' }, axis: { format: '%d %b', labelOverlap: true } };
}
