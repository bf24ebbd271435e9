import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { buildChart, flowMetricKinds, type ChartData, type FlowMetricKind } from './chart-data';
import { ChartRenderer } from './chart-renderer';
import { renderChart, renderChartPng } from './render-chart';
import { sampleChartData, sampleTitles } from './sample-charts';

function parseSvg(svg: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(svg, 'image/svg+xml');
}

const elements = (document: Document, tag: string): Element[] => Array.from(document.getElementsByTagName(tag));
const texts = (document: Document) => elements(document, 'text').map((text) => text.textContent ?? '');
/** The dash patterns of the strokes inside Vega's groups of one mark type (`line`, `rule`). */
const dashPatterns = (document: Document, markType: string) =>
  elements(document, 'g')
    .filter((group) => (group.getAttribute('class') ?? '').startsWith(`mark-${markType} role-mark `))
    .flatMap((group) =>
      elements(group as unknown as Document, 'path').concat(elements(group as unknown as Document, 'line')),
    )
    .map((shape) => shape.getAttribute('stroke-dasharray') ?? '');

/** What tells the series and reference lines apart besides colour: labels drawn as text, per kind. */
function labelsOf(data: ChartData): string[] {
  switch (data.kind) {
    case 'WIP':
    case 'THROUGHPUT':
    case 'WEEKLY_THROUGHPUT':
      return ['Average: '];
    case 'LEAD_TIME':
    case 'CYCLE_TIME':
      return [
        `50th percentile: ${data.p50} days`,
        `85th percentile: ${data.p85} days`,
        `95th percentile: ${data.p95} days`,
      ];
    case 'AGING_WIP':
      return [`85th percentile: ${data.thresholdDays} days`, ...data.items.filter((i) => i.aging).map((i) => i.key)];
    case 'CUMULATIVE_FLOW':
      return data.days[0]!.states.map((s) => `${s.state} (`);
    case 'CREATED_VS_RESOLVED':
      return ['Created: ', 'Resolved: '];
    case 'CONTROL_CHART':
      return [`Rolling average of ${data.rollingWindow} items: `];
  }
}

/** How many different dash patterns the kind's lines or rules must show, on which mark. */
const dashesOf: Partial<Record<FlowMetricKind, [string, number]>> = {
  LEAD_TIME: ['rule', 3],
  CYCLE_TIME: ['rule', 3],
  CREATED_VS_RESOLVED: ['line', 2],
};

describe('renderChart', () => {
  const renderer = new ChartRenderer({ workers: 2 });
  afterAll(() => renderer.close());

  describe.each(flowMetricKinds.map((kind) => [kind] as const))('of a %s chart', (kind) => {
    const data = sampleChartData(kind);
    const chart = buildChart(kind, data, { title: `${sampleTitles[kind]} <of "team" & co>` });
    let svg: string;
    let document: Document;
    beforeAll(async () => {
      svg = (await renderChart(renderer, chart)).svg;
      document = parseSvg(svg);
    });

    it('is an SVG document that parses as XML', () => {
      expect(document.documentElement?.tagName).toBe('svg');
      expect(document.documentElement?.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    });

    it('is an image labelled by its title and described by its desc, both its first children', () => {
      const root = document.documentElement!;
      expect(root.getAttribute('role')).toBe('img');
      const [title, desc] = Array.from(root.childNodes).filter((node) => node.nodeType === 1) as Element[];
      expect(title?.tagName).toBe('title');
      expect(desc?.tagName).toBe('desc');
      expect(root.getAttribute('aria-labelledby')).toBe(`${title!.getAttribute('id')} ${desc!.getAttribute('id')}`);
      expect(title!.textContent).toBe(chart.title);
    });

    it('describes itself with its summary and every value of its table', () => {
      const description = elements(document, 'desc')[0]!.textContent ?? '';
      expect(description.startsWith(chart.summary)).toBe(true);
      expect(chart.table.rows.length).toBeGreaterThan(0);
      for (const column of chart.table.columns) expect(description).toContain(column);
      for (const row of chart.table.rows) expect(description).toContain(row.join(', '));
    });

    it('tells its series and reference lines apart by text labels, not by colour alone', () => {
      const drawn = texts(document);
      for (const label of labelsOf(data)) expect(drawn.some((text) => text.startsWith(label))).toBe(true);
      const dashes = dashesOf[kind];
      if (dashes) expect(new Set(dashPatterns(document, dashes[0])).size).toBe(dashes[1]);
    });

    it('is drawn in DejaVu Sans', () => {
      for (const text of elements(document, 'text')) expect(text.getAttribute('font-family')).toMatch(/^DejaVu Sans/);
    });
  });

  it.each(flowMetricKinds.map((kind) => [kind] as const))(
    'draws a %s chart without data with a summary saying there is none',
    async (kind) => {
      const empty = emptyData(kind);
      const chart = buildChart(kind, empty, { title: 'Nothing yet' });
      const { svg, summary, table } = await renderChart(renderer, chart);
      const document = parseSvg(svg);
      expect(summary).toMatch(/no data/);
      expect(table.rows).toEqual([]);
      expect(document.documentElement?.getAttribute('role')).toBe('img');
      expect(elements(document, 'desc')[0]!.textContent).toContain(summary);
      expect(texts(document)).toContain('No data for these days.');
    },
  );

  it('escapes the title, the summary and the table as XML', async () => {
    const chart = buildChart(
      'CUMULATIVE_FLOW',
      {
        kind: 'CUMULATIVE_FLOW',
        days: [{ date: '2026-09-07', states: [{ state: '</desc><script>x</script> & "Done"', count: 2 }] }],
      },
      { title: 'Flow of <b>R&D</b>' },
    );
    const { svg } = await renderChart(renderer, chart);
    const document = parseSvg(svg);
    expect(elements(document, 'script')).toEqual([]);
    expect(elements(document, 'title')[0]!.textContent).toBe('Flow of <b>R&D</b>');
    expect(elements(document, 'desc')[0]!.textContent).toContain('</desc><script>x</script> & "Done"');
  });
});

describe('renderChartPng', () => {
  const renderer = new ChartRenderer();
  afterAll(() => renderer.close());
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const sizeOf = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

  it.each(flowMetricKinds.map((kind) => [kind] as const))(
    'draws a %s chart as a PNG of the SVG size, twice as large at scale 2',
    async (kind) => {
      const chart = buildChart(kind, sampleChartData(kind), { title: sampleTitles[kind] });
      const root = parseSvg((await renderChart(renderer, chart)).svg).documentElement!;
      const size = { width: Number(root.getAttribute('width')), height: Number(root.getAttribute('height')) };
      const png = await renderChartPng(renderer, chart);
      expect(png.subarray(0, 8)).toEqual(signature);
      expect(sizeOf(png)).toEqual(size);
      const large = await renderChartPng(renderer, chart, { scale: 2 });
      expect(sizeOf(large)).toEqual({ width: size.width * 2, height: size.height * 2 });
    },
  );
});

function emptyData(kind: FlowMetricKind): ChartData {
  switch (kind) {
    case 'WIP':
    case 'CREATED_VS_RESOLVED':
      return { kind, points: [] };
    case 'THROUGHPUT':
    case 'WEEKLY_THROUGHPUT':
      return { kind, points: [] };
    case 'LEAD_TIME':
    case 'CYCLE_TIME':
      return { kind, count: 0, mean: null, p50: null, p85: null, p95: null, min: null, max: null, histogram: [] };
    case 'AGING_WIP':
      return { kind, thresholdDays: null, states: ['In progress'], items: [] };
    case 'CUMULATIVE_FLOW':
      return { kind, days: [] };
    case 'CONTROL_CHART':
      return { kind, rollingWindow: 10, points: [] };
  }
}
