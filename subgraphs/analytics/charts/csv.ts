import type { ChartTable } from './chart-spec';

const needsQuotes = /[",\r\n]/;
/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula, and a
 * state or label name is user text: such cells get a leading apostrophe so they are shown as text
 * (CSV formula injection, OWASP). Plain numbers such as -3 are left alone, being no formula.
 */
const formulaStart = /^[=+\-@\t\r]/;
const plainNumber = /^-?\d+(?:\.\d+)?$/;

function csvField(value: string): string {
  const safe = formulaStart.test(value) && !plainNumber.test(value) ? `'${value}` : value;
  return needsQuotes.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A chart's table as CSV (RFC 4180): a header row, then one record a row, every line ended by CRLF;
 * a field holding a comma, a double quote or a line break is quoted, its quotes doubled.
 */
export function chartToCsv(table: ChartTable): string {
  return [table.columns, ...table.rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
