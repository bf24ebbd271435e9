import { addDays, dayOf, weekStartOf } from '../metrics/days';

// The weekly report's calendar: one report per subscriber and dashboard per week, sent from Monday
// 07:00 UTC on (morning in Europe and Africa, night before in the Americas: one time for everybody,
// so a week means the same to every replica and every subscriber).

/** The hour (UTC) on Mondays from which the week's report is sent. */
export const reportSendHourUtc = 7;

const hourMs = 3600_000;

/** How long a report's chart links work: 14 days, so last week's email still shows its charts. */
export const reportChartLinkSeconds = 14 * 24 * 3600;

/**
 * The report week `now` is in, as its Monday (`YYYY-MM-DD`): the week of the latest Monday 07:00 UTC
 * at or before `now`. A subscription is due when the last week reported to it is before this one.
 */
export function reportWeekOf(now: Date): string {
  return weekStartOf(dayOf(new Date(now.getTime() - reportSendHourUtc * hourMs)));
}

/** The first moment after `now` at which a new week's reports go out. */
export function nextReportTime(now: Date): Date {
  return new Date(Date.parse(`${addDays(reportWeekOf(now), 7)}T00:00:00.000Z`) + reportSendHourUtc * hourMs);
}

/** When the chart links of a report composed at `now` expire, in unix seconds. */
export function reportChartLinkExpiry(now: Date): number {
  return Math.floor(now.getTime() / 1000) + reportChartLinkSeconds;
}
