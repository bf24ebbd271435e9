import type { TopLevelSpec } from 'vega-lite' with { 'resolution-mode': 'import' };

/**
 * A Vega-Lite specification. vega-lite is ESM-only, so only its types are imported here (erased at
 * compile time); the worker (`render-worker.mjs`) compiles and renders the specification.
 */
export type VegaLiteSpec = TopLevelSpec;

/** A chart's data as a table of text: the chart's data table alternative, and its CSV. */
export interface ChartTable {
  columns: string[];
  rows: string[][];
}

/** A chart ready to render: what it is called, what it shows in words, its data, and its picture. */
export interface BuiltChart {
  title: string;
  summary: string;
  table: ChartTable;
  spec: VegaLiteSpec;
}

export interface ChartOptions {
  /** The chart's title, shown above it and read first by screen readers. */
  title: string;
}
