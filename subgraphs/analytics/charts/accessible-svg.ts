import { createHash } from 'node:crypto';
import type { ChartTable } from './chart-spec';

/** Text made safe inside XML elements and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, ''); // characters XML cannot hold
}

/** The table as lines of text: the column names, then one line a row. */
export function tableAsText(table: ChartTable): string {
  if (table.rows.length === 0) return `Data table (${table.columns.join(', ')}): no rows.`;
  return [`Data table (${table.columns.join(', ')}):`, ...table.rows.map((row) => row.join(', '))].join('\n');
}

/**
 * Makes Vega's SVG an accessible image: the root gets `role="img"` and `aria-labelledby` naming a
 * `<title>` (the chart's title) and a `<desc>` (its summary and its whole data table as text), which
 * become its first children. Vega's own ARIA attributes on the root are replaced. The ids derive from
 * the content, so several charts can share a page (an email, a dashboard) and the output stays stable.
 */
export function accessibleSvg(svg: string, text: { title: string; summary: string; table: ChartTable }): string {
  const root = /^\s*(?:<\?xml[^>]*\?>\s*)?<svg\b([^>]*?)(\/?)>/.exec(svg);
  if (!root) throw new Error('Not an SVG document.');
  const description = `${text.summary}\n${tableAsText(text.table)}`;
  const id = `chart-${createHash('sha256').update(svg).update(text.title).update(description).digest('hex').slice(0, 12)}`;
  const attributes = root[1]!.replace(/\s(?:role|aria-[a-z]+)="[^"]*"/g, '');
  const open = `<svg${attributes} role="img" aria-labelledby="${id}-title ${id}-desc">`;
  const accessibleText = `<title id="${id}-title">${escapeXml(text.title)}</title><desc id="${id}-desc">${escapeXml(description)}</desc>`;
  const rest = svg.slice(root.index + root[0].length);
  return root[2] === '/' ? `${open}${accessibleText}</svg>` : `${open}${accessibleText}${rest}`;
}
