import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildChart, flowMetricKinds, type FlowMetricKind } from '../subgraphs/analytics/charts/chart-data';
import { ChartRenderer } from '../subgraphs/analytics/charts/chart-renderer';
import { renderChart } from '../subgraphs/analytics/charts/render-chart';
import { sampleChartData, sampleTitles } from '../subgraphs/analytics/charts/sample-charts';

/**
 * One chart of each kind, drawn from the fixed sample data, for the docs: docs/analytics/charts/
 * holds the SVGs and a README showing them with their summaries as alt text. `--check` writes
 * nothing and fails when a committed file differs from what the code draws now (CI runs it through
 * `npm run check:fresh`).
 */
const galleryDir = path.resolve(__dirname, '../docs/analytics/charts');
const fileOf = (kind: FlowMetricKind) => `${kind.toLowerCase().replace(/_/g, '-')}.svg`;

async function gallery(): Promise<Map<string, string>> {
  const renderer = new ChartRenderer({ workers: 2 });
  try {
    const charts = await Promise.all(
      flowMetricKinds.map(async (kind) => {
        const chart = await renderChart(
          renderer,
          buildChart(kind, sampleChartData(kind), { title: sampleTitles[kind] }),
        );
        return { kind, chart };
      }),
    );
    const files = new Map(charts.map(({ kind, chart }) => [fileOf(kind), chart.svg]));
    const readme = [
      '# Analytics charts',
      '',
      'One chart of each `FlowMetricKind`, drawn on the server from made-up sample data by',
      '`subgraphs/analytics/charts` (generated: `npm run charts:gallery`; do not edit by hand). Each SVG is',
      'an image labelled by its title and described by a `<desc>` holding its summary and its data table.',
      '',
      ...charts.flatMap(({ kind, chart }) => [
        `## ${chart.title} (\`${kind}\`)`,
        '',
        `![${chart.title} chart, summed up below](${fileOf(kind)})`,
        '',
        chart.summary,
        '',
      ]),
    ].join('\n');
    files.set('README.md', readme);
    return files;
  } finally {
    await renderer.close();
  }
}

async function main() {
  const check = process.argv.includes('--check');
  const files = await gallery();
  if (check) {
    const stale = [...files].filter(([file, content]) => {
      try {
        return readFileSync(path.join(galleryDir, file), 'utf8') !== content;
      } catch {
        return true;
      }
    });
    for (const [file] of stale) console.error(`docs/analytics/charts/${file} is stale: run npm run charts:gallery`);
    if (stale.length) process.exit(1);
    console.log('docs/analytics/charts is up to date.');
    return;
  }
  mkdirSync(galleryDir, { recursive: true });
  for (const [file, content] of files) writeFileSync(path.join(galleryDir, file), content);
  console.log(`Wrote ${files.size} files to docs/analytics/charts`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
