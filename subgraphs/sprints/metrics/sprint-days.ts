export const dayMs = 24 * 60 * 60 * 1000;

/** Every calendar day from `start` to `end` inclusive, as Dates at 00:00 UTC. */
export function daysBetween(start: Date, end: Date): Date[] {
  const days: Date[] = [];
  for (let time = start.getTime(); time <= end.getTime(); time += dayMs) days.push(new Date(time));
  return days;
}

/** Monday to Friday. */
export const isWorkingDay = (day: Date): boolean => day.getUTCDay() !== 0 && day.getUTCDay() !== 6;
