import { formatUtcDate, formatUtcDateTime } from "@/components/articles/article-date";
import { KIND_LABELS, VERDICT_KEYS, VERDICT_LABELS, VERDICT_SYMBOLS } from "@/components/claims/labels";
import { safeHttpUrl } from "@/components/report/escape-html";
import {
  NOT_FOUND_LABEL,
  REVIEW_STATUS_LABELS,
  VERSION_ORIGIN_LABELS,
} from "@/components/report/report-labels";
import { segmentText } from "@/components/report/segment-text";
import { SOURCE_TYPE_LABELS, STANCE_LABELS } from "@/components/sources/labels";
import { VERDICT_MEANINGS } from "@/lib/verdicts/scale";
import type { ArticleExport, ExportClaim } from "./article-export";
import { exportFilename } from "./filename";
import type { ExportContext, RenderedExport } from "./formats";

/**
 * User text as literal GitHub-flavoured Markdown: characters that open emphasis, code, links, images,
 * footnotes, HTML, autolinks, entities, strikethrough, math or tables are backslash-escaped everywhere;
 * those that only count at a line's start (headings, lists, quotes, setext underlines) are escaped there.
 * Line breaks become <br> (ours), so a string stays inside its table cell or list item. Bare web
 * addresses stay visible as themselves (GitHub may make them clickable); no link text can hide one.
 */
export function escapeMarkdown(text: string): string {
  return escapeLineStarts(escapeInline(text)).replace(/\r\n?|\n/g, "<br>");
}

/** The characters that mean something anywhere in a line. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|~$&]/g, "\\$&");
}

/** The characters that mean something at a line's start; leading blanks dropped (they would make code). */
function escapeLineStarts(text: string): string {
  return text
    .replace(/^([ \t]*)([#+\-=])/gm, "$1\\$2")
    .replace(/^([ \t]*\d+)([.)])/gm, "$1\\$2")
    .replace(/^[ \t]+/gm, "");
}

/** The annotated report as GitHub-flavoured Markdown: the same sections as the HTML report. */
export function renderMarkdown(context: ExportContext): RenderedExport {
  const { data, reportUrl } = context;
  const body = [header(data, reportUrl), articleText(data), claims(data), legend(), history(data)].join(
    "\n\n",
  );
  return {
    body: `${body}\n`,
    contentType: "text/markdown; charset=utf-8",
    filename: exportFilename(data.article.title, "md"),
  };
}

const when = (date: Date) => formatUtcDateTime(date);

function link(url: string | null): string {
  const safe = safeHttpUrl(url);
  // A WHATWG href holds no spaces, "<" or ">", so it cannot leave the autolink.
  return safe ? `<${safe}>` : escapeMarkdown(url ?? "");
}

function header(data: ArticleExport, reportUrl: string): string {
  const { article, version } = data;
  const lines = [
    article.outlet && `- **Outlet:** ${escapeMarkdown(article.outlet)}`,
    article.byline && `- **Byline:** ${escapeMarkdown(article.byline)}`,
    article.publishedAt && `- **Published:** ${when(article.publishedAt)}`,
    article.url && `- **Article URL:** ${link(article.url)}`,
    `- **Version:** ${version.number}, ${when(version.createdAt)}`,
    `- **Review:** ${REVIEW_STATUS_LABELS[article.status]}`,
    article.signedOffByName &&
      `- **Signed off by:** ${escapeMarkdown(article.signedOffByName)}${article.signedOffAt ? `, ${when(article.signedOffAt)}` : ""}`,
    data.reviewerNames.length > 0 && `- **Reviewed by:** ${escapeMarkdown(data.reviewerNames.join(", "))}`,
    `- **Claims:** ${data.claims.length}`,
    `- **Report:** ${link(reportUrl)}`,
    `- **Generated:** ${when(data.generatedAt)} by Factdesk (${escapeMarkdown(data.workspace.name)})`,
  ];
  return `# Fact-check report: ${escapeMarkdown(article.title)}\n\n${lines.filter(Boolean).join("\n")}`;
}

function articleText(data: ArticleExport): string {
  // Pieces are escaped alone, line-start rules once per paragraph: a piece after a marker starts no line.
  const paragraphs = segmentText(data.version.plainText, data.claims).map(({ pieces }) =>
    escapeLineStarts(
      pieces
        .map((piece) => {
          if (piece.type === "break") return "<br>";
          if (piece.type === "marker") return `<sup>[${piece.claim.number}]</sup>`;
          return escapeInline(piece.text);
        })
        .join(""),
    ),
  );
  const orphaned = data.claims.filter((claim) => claim.anchorStatus !== "ANCHORED");
  const missing =
    orphaned.length > 0
      ? [
          `_${orphaned.length} claim(s) not found in this version: ${orphaned.map((c) => `\\[${c.number}\\]`).join(" ")}._`,
        ]
      : [];
  return ["## Article text", ...paragraphs, ...missing].join("\n\n");
}

function claims(data: ArticleExport): string {
  if (data.claims.length === 0) return "## Claims\n\nNo claims were marked in this article.";
  let note = 0;
  const footnotes: string[] = [];
  const rows = data.claims.map((claim) => {
    const refs = claim.evidence.map((evidence) => {
      const label = `e${++note}`;
      footnotes.push(footnote(label, claim, evidence));
      return `[^${label}] ${STANCE_LABELS[evidence.stance]}: ${escapeMarkdown(evidence.source.title)}`;
    });
    return `| ${[
      `${claim.number}`,
      KIND_LABELS[claim.kind],
      quoteCell(claim),
      `${VERDICT_SYMBOLS[claim.verdict]} ${VERDICT_LABELS[claim.verdict]}`,
      reviewCell(claim),
      refs.join("<br>") || "None",
    ].join(" | ")} |`;
  });
  return [
    "## Claims",
    [
      "| # | Kind | Quoted text | Verdict | Rationale and review | Evidence |",
      "| --- | --- | --- | --- | --- | --- |",
      ...rows,
    ].join("\n"),
    footnotes.join("\n"),
  ]
    .filter(Boolean)
    .join("\n\n");
}

function quoteCell(claim: ExportClaim): string {
  return [
    `“${escapeMarkdown(claim.exact)}”`,
    claim.anchorStatus !== "ANCHORED" ? `_${NOT_FOUND_LABEL}_` : "",
    claim.note ? `Note: ${escapeMarkdown(claim.note)}` : "",
  ]
    .filter(Boolean)
    .join("<br>");
}

function reviewCell({ decision, verdict }: ExportClaim): string {
  if (verdict === "UNREVIEWED") return "Not reviewed yet.";
  return [
    decision?.rationale ? escapeMarkdown(decision.rationale) : "",
    decision?.asOf ? `As of ${formatUtcDate(decision.asOf)}` : "",
    decision ? `Reviewed by ${escapeMarkdown(decision.setByName)}, ${when(decision.createdAt)}` : "",
  ]
    .filter(Boolean)
    .join("<br>");
}

function footnote(label: string, claim: ExportClaim, evidence: ExportClaim["evidence"][number]): string {
  const { source } = evidence;
  const parts = [
    `**${STANCE_LABELS[evidence.stance]}** for claim \\[${claim.number}\\]: _${escapeMarkdown(source.title)}_`,
    source.publisher ? `, ${escapeMarkdown(source.publisher)}` : "",
    ` (${SOURCE_TYPE_LABELS[source.type]}).`,
    source.url ? ` ${link(source.url)}.` : "",
    source.snapshot
      ? ` Snapshot SHA-256 \`${source.snapshot.sha256.replace(/[^0-9a-f]/gi, "")}\`, fetched ${when(source.snapshot.fetchedAt)}.`
      : " No snapshot.",
    evidence.accessedAt ? ` Accessed ${when(evidence.accessedAt)}.` : "",
    evidence.excerpt ? ` Excerpt: “${escapeMarkdown(evidence.excerpt)}”` : "",
  ];
  return `[^${label}]: ${parts.join("")}`;
}

function legend(): string {
  const rows = VERDICT_KEYS.map(
    (verdict) => `| ${VERDICT_SYMBOLS[verdict]} ${VERDICT_LABELS[verdict]} | ${VERDICT_MEANINGS[verdict]} |`,
  );
  return ["## Verdicts", ["| Verdict | Meaning |", "| --- | --- |", ...rows].join("\n")].join("\n\n");
}

function history(data: ArticleExport): string {
  const { article } = data;
  const lines = [
    ...data.versions.map(
      (version) =>
        `- Version ${version.number}${version.number === data.version.number ? " (this report)" : ""}: ${when(version.createdAt)}, ${VERSION_ORIGIN_LABELS[version.origin]}, by ${escapeMarkdown(version.createdByName)}`,
    ),
    `- Review state: ${REVIEW_STATUS_LABELS[article.status]}`,
    article.approvedVersionNumber !== null && `- Approved version: ${article.approvedVersionNumber}`,
    article.signedOffByName &&
      `- Signed off by ${escapeMarkdown(article.signedOffByName)}${article.signedOffAt ? `, ${when(article.signedOffAt)}` : ""}`,
    article.signOffOverride && `- Sign-off override reason: ${escapeMarkdown(article.signOffOverride)}`,
  ];
  return `## History\n\n${lines.filter(Boolean).join("\n")}`;
}
