import { accessibleSvg } from './accessible-svg';
import type { BuiltChart, ChartTable } from './chart-spec';
import type { ChartRenderer } from './chart-renderer';

/** A chart as the schema's `Chart` type serves it. */
export interface RenderedChart {
  title: string;
  summary: string;
  svg: string;
  table: ChartTable;
}

/** The chart drawn as an accessible SVG document, with its text alternatives. */
export async function renderChart(renderer: ChartRenderer, chart: BuiltChart): Promise<RenderedChart> {
  const svg = accessibleSvg(await renderer.render(chart.spec), chart);
  return { title: chart.title, summary: chart.summary, svg, table: chart.table };
}

/**
 * The chart as PNG (for email, where SVG is not shown), `scale` times its size; give the summary as
 * the image's alt text, since a PNG carries none.
 */
export async function renderChartPng(
  renderer: ChartRenderer,
  chart: BuiltChart,
  options: { scale?: number } = {},
): Promise<Buffer> {
  return renderer.renderPng(await renderer.render(chart.spec), options);
}
