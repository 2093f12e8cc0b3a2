/**
 * The wire format newsrooms receive, e.g. prisma/seed-data/kursk-casualties.txt:
 *
 *    date 2025-12-14 <title>
 *   Published: 14 Dec. 2025, 16:30 Updated: 14 Dec. 2025, 16:52
 *   <one paragraph per line>
 *
 * Wire times carry no zone; they are read as UTC and editors correct them on import.
 */
export type WireArticle = {
  title: string;
  dateline: string;
  publishedAt: Date | null;
  updatedAt: Date | null;
  paragraphs: string[];
};

export class WireFormatError extends Error {
  override name = "WireFormatError";
}

const HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+(.+?)\s*$/i;
const TIMES = /^\s*Published:\s*(.+?)\s*(?:Updated:\s*(.+?))?\s*$/i;
const WIRE_TIME = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})(?:,\s*(\d{1,2}):(\d{2}))?$/;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** True when `text` starts like a wire file (a ` date YYYY-MM-DD Title` line). */
export function isWireFormat(text: string): boolean {
  return HEADER.test(firstLine(text));
}

/** Parses a wire file into title, timestamps and paragraphs; throws WireFormatError naming what is wrong. */
export function parseWireArticle(text: string): WireArticle {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const header = HEADER.exec(lines[0] ?? "");
  if (!header?.[1] || !header[2]) {
    throw new WireFormatError('The first line must be " date YYYY-MM-DD Title".');
  }
  const times = TIMES.exec(lines[1] ?? "");
  const paragraphs = lines
    .slice(times ? 2 : 1)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  if (paragraphs.length === 0) throw new WireFormatError("The article has no text after its header.");
  return {
    title: header[2],
    dateline: header[1],
    publishedAt: times?.[1] ? parseWireTime(times[1]) : parseIsoDate(header[1]),
    updatedAt: times?.[2] ? parseWireTime(times[2]) : null,
    paragraphs,
  };
}

/** "14 Dec. 2025, 16:30" → 2025-12-14T16:30:00Z; null when it is not that shape. */
export function parseWireTime(value: string): Date | null {
  const match = WIRE_TIME.exec(value.trim());
  if (!match) return null;
  const [, day, monthName, year, hour = "0", minute = "0"] = match;
  const month = MONTHS.indexOf((monthName ?? "").slice(0, 3).toLowerCase());
  if (month < 0) return null;
  const date = new Date(Date.UTC(Number(year), month, Number(day), Number(hour), Number(minute)));
  return date.getUTCDate() === Number(day) ? date : null;
}

function parseIsoDate(value: string): Date | null {
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

function firstLine(text: string): string {
  return text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
}
