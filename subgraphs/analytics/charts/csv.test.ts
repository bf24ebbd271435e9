import { chartToCsv } from './csv';

describe('chartToCsv', () => {
  it('writes a header row and one record per row, every line ended by CRLF', () => {
    expect(
      chartToCsv({
        columns: ['Date', 'Items'],
        rows: [
          ['2026-09-07', '5'],
          ['2026-09-08', '7'],
        ],
      }),
    ).toBe('Date,Items\r\n2026-09-07,5\r\n2026-09-08,7\r\n');
  });

  it('writes only the header row when there is no data', () => {
    expect(chartToCsv({ columns: ['Date', 'Items'], rows: [] })).toBe('Date,Items\r\n');
  });

  it('quotes fields holding a comma, a double quote or a line break, doubling the quotes', () => {
    const csv = chartToCsv({
      columns: ['State', 'Note'],
      rows: [
        ['Review, QA', 'say "done"'],
        ['multi\nline', 'cr\rhere'],
        ['plain', ''],
      ],
    });
    expect(csv).toBe('State,Note\r\n"Review, QA","say ""done"""\r\n"multi\nline","cr\rhere"\r\nplain,\r\n');
  });

  it('puts an apostrophe before text a spreadsheet would run as a formula', () => {
    const csv = chartToCsv({
      columns: ['State'],
      rows: [['=HYPERLINK("http://evil.example")'], ['+1+1'], ['-2+3'], ['@SUM(A1)'], ['\tTab'], ['=1,2']],
    });
    expect(csv.split('\r\n').slice(1, -1)).toEqual([
      `"'=HYPERLINK(""http://evil.example"")"`,
      "'+1+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\tTab",
      `"'=1,2"`,
    ]);
  });

  it('leaves negative and decimal numbers as numbers', () => {
    expect(chartToCsv({ columns: ['Value'], rows: [['-3'], ['-0.5'], ['4.4']] })).toBe(
      'Value\r\n-3\r\n-0.5\r\n4.4\r\n',
    );
  });
});
