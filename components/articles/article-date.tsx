const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * "14 Dec 2025", in UTC so the server and every editor's browser print the same day. Built by hand because
 * Intl's en-GB short month differs between ICU versions ("Sep" vs "Sept").
 */
export function formatUtcDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "14 Dec 2025, 16:30 UTC": wire copy is often updated within the hour, so the reading view shows the time. */
export function formatUtcDateTime(date: Date): string {
  const time = date.toISOString().slice(11, 16);
  return `${formatUtcDate(date)}, ${time} UTC`;
}

export function ArticleDate({ date, withTime = false }: { date: Date; withTime?: boolean }) {
  return (
    <time dateTime={date.toISOString()}>{withTime ? formatUtcDateTime(date) : formatUtcDate(date)}</time>
  );
}
