/** Day arithmetic on whole UTC days (days since 1970-01-01), the unit relative dates resolve in. */

const DAY_MS = 86_400_000;

export const dayOf = (year: number, month: number, date: number): number =>
  Date.UTC(year, month - 1, date) / DAY_MS;

export function partsOf(day: number): { year: number; month: number; date: number; weekday: number } {
  const at = new Date(day * DAY_MS);
  return {
    year: at.getUTCFullYear(),
    month: at.getUTCMonth() + 1,
    date: at.getUTCDate(),
    weekday: at.getUTCDay(),
  };
}

/** "YYYY-MM-DD" */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export const lastDayOfMonth = (year: number, month: number): number => dayOf(year, month + 1, 0);

export function monthRange(year: number, month: number, part: "early" | "mid" | "late" | null = null) {
  const first = dayOf(year, month, 1);
  const last = lastDayOfMonth(year, month);
  if (part === "early") return { start: first, end: first + 9 };
  if (part === "mid") return { start: first + 10, end: first + 19 };
  if (part === "late") return { start: first + 20, end: last };
  return { start: first, end: last };
}

export const yearRange = (year: number) => ({ start: dayOf(year, 1, 1), end: dayOf(year, 12, 31) });

/** Monday–Sunday of the week containing `day`. */
export function weekRange(day: number) {
  const monday = day - ((partsOf(day).weekday + 6) % 7);
  return { start: monday, end: monday + 6 };
}

/** A day or a period as the detector reports it. */
export function isoValue(
  value: number | { start: number; end: number },
): string | { start: string; end: string } {
  return typeof value === "number" ? isoDay(value) : { start: isoDay(value.start), end: isoDay(value.end) };
}

/** Adds months to a day, keeping the date where the month has it ("Mar 31" − 1 month → "Feb 28"). */
export function addMonths(day: number, months: number): number {
  const { year, month, date } = partsOf(day);
  const target = dayOf(year, month + months, 1);
  const { year: y, month: m } = partsOf(target);
  return dayOf(y, m, Math.min(date, partsOf(lastDayOfMonth(y, m)).date));
}
