import { nextReportTime, reportChartLinkExpiry, reportWeekOf } from './report-week';

describe('the weekly report calendar', () => {
  test('a week starts on Monday at 07:00 UTC, so Monday morning before then still belongs to the week before', () => {
    expect(reportWeekOf(new Date('2026-12-07T06:59:59.999Z'))).toBe('2026-11-30');
    expect(reportWeekOf(new Date('2026-12-07T07:00:00.000Z'))).toBe('2026-12-07');
  });

  test('every moment until the next Monday 07:00 UTC is in the same week', () => {
    expect(reportWeekOf(new Date('2026-12-09T12:00:00Z'))).toBe('2026-12-07');
    expect(reportWeekOf(new Date('2026-12-13T23:59:59Z'))).toBe('2026-12-07');
    expect(reportWeekOf(new Date('2026-12-14T06:00:00Z'))).toBe('2026-12-07');
  });

  test('weeks cross months and years', () => {
    expect(reportWeekOf(new Date('2027-01-01T10:00:00Z'))).toBe('2026-12-28');
    expect(reportWeekOf(new Date('2027-01-04T07:00:00Z'))).toBe('2027-01-04');
  });

  test('the next send time is the coming Monday at 07:00 UTC, a week later when it is exactly now', () => {
    expect(nextReportTime(new Date('2026-12-05T02:00:00Z'))).toEqual(new Date('2026-12-07T07:00:00Z'));
    expect(nextReportTime(new Date('2026-12-07T06:00:00Z'))).toEqual(new Date('2026-12-07T07:00:00Z'));
    expect(nextReportTime(new Date('2026-12-07T07:00:00Z'))).toEqual(new Date('2026-12-14T07:00:00Z'));
  });

  test('chart links of a report work for 14 days from when it was composed', () => {
    const now = new Date('2026-12-07T07:00:30.500Z');
    expect(reportChartLinkExpiry(now)).toBe(Date.parse('2026-12-21T07:00:30Z') / 1000);
  });
});
