import type { ArticleExport, ExportClaim } from "./article-export";
import { exportFilename } from "./filename";
import type { ExportContext, RenderedExport } from "./formats";

type Cell = string | number | null;

/**
 * The columns of the claims CSV, in order, with what each holds (the README lists them from here).
 * One row per claim, in report order. Dates are ISO 8601 in UTC; empty means none.
 */
export const CSV_COLUMNS: readonly {
  name: string;
  meaning: string;
  value: (claim: ExportClaim, data: ArticleExport) => Cell;
}[] = [
  {
    name: "number",
    meaning: "The claim's marker [n] in the report (reading order; orphaned claims last)",
    value: (c) => c.number,
  },
  { name: "claim_id", meaning: "Factdesk's id of the claim", value: (c) => c.id },
  {
    name: "kind",
    meaning: "CASUALTY_FIGURE, NUMBER, DATE, QUOTE, ATTRIBUTION, ENTITY or OTHER",
    value: (c) => c.kind,
  },
  { name: "quote", meaning: "The claim's exact words in the article", value: (c) => c.exact },
  {
    name: "start",
    meaning: "Offset of the quote in the version's plain text (UTF-16 code units)",
    value: (c) => c.start,
  },
  { name: "end", meaning: "Offset just past the quote (exclusive)", value: (c) => c.end },
  {
    name: "anchor_status",
    meaning:
      "ANCHORED, or ORPHANED when the words are not in this version (offsets then refer to an older one)",
    value: (c) => c.anchorStatus,
  },
  {
    name: "verdict",
    meaning: "The verdict (UNREVIEWED, VERIFIED, MOSTLY_ACCURATE, MISLEADING, DISPUTED, FALSE, UNVERIFIABLE)",
    value: (c) => c.verdict,
  },
  {
    name: "rationale",
    meaning: "Why the verdict, as the reviewer wrote it (Markdown source)",
    value: (c) => c.decision?.rationale ?? null,
  },
  { name: "as_of", meaning: "The date the verdict holds as of", value: (c) => iso(c.decision?.asOf) },
  {
    name: "reviewed_by",
    meaning: "Who set the current verdict",
    value: (c) => (c.verdict === "UNREVIEWED" ? null : (c.decision?.setByName ?? null)),
  },
  {
    name: "reviewed_at",
    meaning: "When the current verdict was set",
    value: (c) => (c.verdict === "UNREVIEWED" ? null : iso(c.decision?.createdAt)),
  },
  {
    name: "sources",
    meaning: 'Each evidence item as "stance: title <url>", joined by " | "',
    value: (c) =>
      c.evidence
        .map((e) => `${e.stance.toLowerCase()}: ${e.source.title}${e.source.url ? ` <${e.source.url}>` : ""}`)
        .join(" | "),
  },
  { name: "supporting", meaning: "Number of supporting evidence items", value: (c) => count(c, "SUPPORTS") },
  { name: "refuting", meaning: "Number of refuting evidence items", value: (c) => count(c, "REFUTES") },
  { name: "context", meaning: "Number of context evidence items", value: (c) => count(c, "CONTEXT") },
  { name: "note", meaning: "The claim's note", value: (c) => c.note },
  { name: "assignee", meaning: "Who the claim is assigned to", value: (c) => c.assigneeName },
  { name: "article_id", meaning: "Factdesk's id of the article", value: (_c, d) => d.article.id },
  { name: "article_title", meaning: "The article's title", value: (_c, d) => d.article.title },
  {
    name: "version",
    meaning: "The number of the article version the offsets refer to",
    value: (_c, d) => d.version.number,
  },
];

/**
 * The claims as CSV (RFC 4180): a header row, CRLF line ends, fields with a comma, quote, CR or LF
 * quoted with quotes doubled, and a UTF-8 byte order mark so spreadsheets read it as UTF-8. Text cells
 * that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR, per OWASP) get a
 * leading apostrophe; numbers we write ourselves (offsets, counts) stay numbers.
 */
export function renderCsv(context: ExportContext): RenderedExport {
  const { data } = context;
  const lines = [
    CSV_COLUMNS.map((column) => column.name).join(","),
    ...data.claims.map((claim) => CSV_COLUMNS.map((column) => csvCell(column.value(claim, data))).join(",")),
  ];
  return {
    body: `\uFEFF${lines.join("\r\n")}\r\n`,
    contentType: "text/csv; charset=utf-8; header=present",
    filename: exportFilename(data.article.title, "csv"),
  };
}

/** One field: numbers as they are, text neutralized against formulas, then quoted if needed. */
export function csvCell(value: Cell): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function iso(date: Date | null | undefined): string | null {
  return date ? date.toISOString() : null;
}

function count(claim: ExportClaim, stance: ExportClaim["evidence"][number]["stance"]): number {
  return claim.evidence.filter((evidence) => evidence.stance === stance).length;
}
