import PDFDocument from "pdfkit";
import { formatUtcDate, formatUtcDateTime } from "@/components/articles/article-date";
import { KIND_LABELS, VERDICT_KEYS, VERDICT_LABELS } from "@/components/claims/labels";
import {
  NOT_FOUND_LABEL,
  REVIEW_STATUS_LABELS,
  VERSION_ORIGIN_LABELS,
} from "@/components/report/report-labels";
import { segmentText } from "@/components/report/segment-text";
import { SOURCE_TYPE_LABELS, STANCE_LABELS } from "@/components/sources/labels";
import type { Verdict } from "@/lib/generated/prisma/enums";
import { rationalePlainText } from "@/lib/markdown/rationale-markdown";
import { VERDICT_MEANINGS } from "@/lib/verdicts/scale";
import type { ArticleExport, ExportClaim } from "./article-export";
import { exportFilename } from "./filename";
import type { ExportContext, RenderedExport } from "./formats";
import { hasUndrawableCharacters, pdfText } from "./pdf-text";

const COLORS: Record<Verdict, string> = {
  UNREVIEWED: "#57606a",
  VERIFIED: "#1a7f37",
  MOSTLY_ACCURATE: "#0f766e",
  MISLEADING: "#9a6700",
  DISPUTED: "#bc4c00",
  FALSE: "#cf222e",
  UNVERIFIABLE: "#6e7781",
};
// The verdict symbols of the HTML report (✓ ≈ ✗ …) are not in the PDF's standard font: words instead.
const INK = "#1f2328";
const MUTED = "#59636e";
const FONT = { regular: "Helvetica", bold: "Helvetica-Bold", italic: "Helvetica-Oblique" };

type Doc = PDFKit.PDFDocument;

/**
 * The annotated report as a PDF (A4), made on the server with pdfkit: header, article text with [n]
 * markers after each claim's words (underlined in the verdict's colour), one block per claim, evidence
 * footnotes with sources, the verdict legend and the history, page numbers. Text uses the standard
 * Helvetica font, read by pdfkit from node_modules (hence pdfkit in serverExternalPackages); characters
 * that font cannot draw become "?" (see ./pdf-text.ts) and the header says so when it happened.
 */
export async function renderPdf(context: ExportContext): Promise<RenderedExport> {
  const { data, reportUrl } = context;
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
    bufferPages: true,
    info: {
      Title: pdfText(`Fact-check report: ${data.article.title}`),
      Author: pdfText(data.workspace.name),
      Creator: "Factdesk",
      CreationDate: data.generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });

  header(doc, data, reportUrl);
  articleText(doc, data);
  claims(doc, data);
  legend(doc);
  history(doc, data);
  pageNumbers(doc, data);
  doc.end();
  await finished;
  return {
    body: new Uint8Array(Buffer.concat(chunks)),
    contentType: "application/pdf",
    filename: exportFilename(data.article.title, "pdf"),
  };
}

function heading(doc: Doc, text: string) {
  if (doc.y > doc.page.height - doc.page.margins.bottom - 80) doc.addPage();
  doc.moveDown(1).font(FONT.bold).fontSize(13).fillColor(INK).text(text);
  doc.moveDown(0.4).font(FONT.regular).fontSize(10);
}

function line(doc: Doc, label: string, value: string) {
  doc.font(FONT.bold).fillColor(MUTED).text(`${label}: `, { continued: true });
  doc.font(FONT.regular).fillColor(INK).text(pdfText(value));
}

function header(doc: Doc, data: ArticleExport, reportUrl: string) {
  const { article, version } = data;
  doc.font(FONT.regular).fontSize(9).fillColor(MUTED).text("Fact-check report");
  doc.moveDown(0.3).font(FONT.bold).fontSize(18).fillColor(INK).text(pdfText(article.title));
  doc.moveDown(0.5).fontSize(10);
  if (article.outlet) line(doc, "Outlet", article.outlet);
  if (article.byline) line(doc, "Byline", article.byline);
  if (article.publishedAt) line(doc, "Published", formatUtcDateTime(article.publishedAt));
  if (article.url) line(doc, "Article URL", article.url);
  line(doc, "Version", `${version.number}, ${formatUtcDateTime(version.createdAt)}`);
  line(doc, "Review", REVIEW_STATUS_LABELS[article.status]);
  if (article.signedOffByName) {
    const at = article.signedOffAt ? `, ${formatUtcDateTime(article.signedOffAt)}` : "";
    line(doc, "Signed off by", `${article.signedOffByName}${at}`);
  }
  if (data.reviewerNames.length > 0) line(doc, "Reviewed by", data.reviewerNames.join(", "));
  line(doc, "Claims", String(data.claims.length));
  line(doc, "Report", reportUrl);
  line(doc, "Generated", `${formatUtcDateTime(data.generatedAt)} by Factdesk (${data.workspace.name})`);
  // One look over every string (JSON keeps non-ASCII characters as they are).
  if (hasUndrawableCharacters(JSON.stringify(data))) {
    doc.moveDown(0.4).font(FONT.italic).fontSize(9).fillColor(MUTED);
    doc.text(
      "Characters this PDF's font cannot show (e.g. Hangul, Cyrillic, emoji) are printed as ?. The HTML report shows them.",
    );
  }
}

function articleText(doc: Doc, data: ArticleExport) {
  heading(doc, "Article text");
  doc.fontSize(10.5);
  for (const { pieces } of segmentText(data.version.plainText, data.claims)) {
    const runs = pieces.map((piece) => {
      if (piece.type === "break") return { text: "\n", font: FONT.regular, color: INK, underline: false };
      if (piece.type === "marker") {
        return {
          text: `[${piece.claim.number}]`,
          font: FONT.bold,
          color: COLORS[piece.claim.verdict],
          underline: false,
        };
      }
      const innermost = piece.claims.at(-1);
      return {
        text: pdfText(piece.text),
        font: FONT.regular,
        color: INK,
        underline: innermost !== undefined,
      };
    });
    runs.forEach((run, index) => {
      doc
        .font(run.font)
        .fillColor(run.color)
        .text(run.text, { continued: index < runs.length - 1, underline: run.underline, lineGap: 2 });
    });
    doc.moveDown(0.6);
  }
  const orphaned = data.claims.filter((claim) => claim.anchorStatus !== "ANCHORED");
  if (orphaned.length > 0) {
    doc.font(FONT.italic).fontSize(9).fillColor(MUTED);
    doc.text(`Not found in this version: ${orphaned.map((claim) => `[${claim.number}]`).join(" ")}.`);
  }
}

function claims(doc: Doc, data: ArticleExport) {
  heading(doc, "Claims");
  if (data.claims.length === 0) doc.text("No claims were marked in this article.");
  let note = 0;
  const notes: string[][] = [];
  for (const claim of data.claims) {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 90) doc.addPage();
    doc.font(FONT.bold).fontSize(10).fillColor(COLORS[claim.verdict]);
    doc.text(`[${claim.number}] ${VERDICT_LABELS[claim.verdict]}`, doc.page.margins.left, doc.y, {
      continued: true,
    });
    doc.font(FONT.regular).fillColor(MUTED).text(`  ${KIND_LABELS[claim.kind]}`);
    doc
      .font(FONT.italic)
      .fontSize(9.5)
      .fillColor(INK)
      .text(pdfText(`“${claim.exact}”`), ...indented(doc));
    const details = [
      claim.anchorStatus !== "ANCHORED" ? NOT_FOUND_LABEL : "",
      claim.note ? `Note: ${claim.note}` : "",
      ...review(claim),
      claim.evidence.length > 0
        ? `Evidence: ${claim.evidence.map((item) => `(${++note}) ${STANCE_LABELS[item.stance]}: ${item.source.title}`).join("; ")}`
        : "",
    ].filter(Boolean);
    doc.font(FONT.regular).fontSize(9).fillColor(INK);
    for (const detail of details) doc.text(pdfText(detail), ...indented(doc));
    notes.push(claim.evidence.map((item) => evidenceNote(claim, item)));
    doc.moveDown(0.6);
  }
  doc.x = doc.page.margins.left;
  if (note === 0) return;
  heading(doc, "Evidence and sources");
  doc.fontSize(8.5).fillColor(INK);
  notes.flat().forEach((text, index) => {
    doc
      .font(FONT.bold)
      .text(`(${index + 1}) `, { continued: true })
      .font(FONT.regular)
      .text(pdfText(text));
    doc.moveDown(0.3);
  });
}

/** Where a claim's details go: 12 pt in from the left margin, every line. */
function indented(doc: Doc): [number, number, PDFKit.Mixins.TextOptions] {
  const x = doc.page.margins.left + 12;
  return [x, doc.y, { width: doc.page.width - doc.page.margins.right - x }];
}

function review({ decision, verdict }: ExportClaim): string[] {
  if (verdict === "UNREVIEWED") return ["Not reviewed yet."];
  return [
    decision?.rationale ? rationalePlainText(decision.rationale) : "",
    decision?.asOf ? `As of ${formatUtcDate(decision.asOf)}` : "",
    decision ? `Reviewed by ${decision.setByName}, ${formatUtcDateTime(decision.createdAt)}` : "",
  ];
}

function evidenceNote(claim: ExportClaim, evidence: ExportClaim["evidence"][number]): string {
  const { source } = evidence;
  return [
    `${STANCE_LABELS[evidence.stance]} for claim [${claim.number}]: ${source.title}`,
    source.publisher ? `, ${source.publisher}` : "",
    ` (${SOURCE_TYPE_LABELS[source.type]}).`,
    source.url ? ` ${source.url}.` : "",
    source.snapshot
      ? ` Snapshot SHA-256 ${source.snapshot.sha256}, fetched ${formatUtcDateTime(source.snapshot.fetchedAt)}.`
      : " No snapshot.",
    evidence.accessedAt ? ` Accessed ${formatUtcDateTime(evidence.accessedAt)}.` : "",
    evidence.excerpt ? ` Excerpt: “${evidence.excerpt}”` : "",
  ].join("");
}

function legend(doc: Doc) {
  heading(doc, "Verdicts");
  for (const verdict of VERDICT_KEYS) {
    doc
      .font(FONT.bold)
      .fontSize(9.5)
      .fillColor(COLORS[verdict])
      .text(`${VERDICT_LABELS[verdict]}: `, { continued: true });
    doc.font(FONT.regular).fillColor(INK).text(pdfText(VERDICT_MEANINGS[verdict]));
  }
}

function history(doc: Doc, data: ArticleExport) {
  heading(doc, "History");
  const { article } = data;
  doc.fontSize(9.5).fillColor(INK);
  const lines = [
    ...data.versions.map(
      (version) =>
        `Version ${version.number}${version.number === data.version.number ? " (this report)" : ""}: ${formatUtcDateTime(version.createdAt)}, ${VERSION_ORIGIN_LABELS[version.origin]}, by ${version.createdByName}`,
    ),
    `Review state: ${REVIEW_STATUS_LABELS[article.status]}`,
    article.approvedVersionNumber !== null ? `Approved version: ${article.approvedVersionNumber}` : "",
    article.signedOffByName
      ? `Signed off by ${article.signedOffByName}${article.signedOffAt ? `, ${formatUtcDateTime(article.signedOffAt)}` : ""}`
      : "",
    article.signOffOverride ? `Sign-off override reason: ${article.signOffOverride}` : "",
  ];
  for (const text of lines.filter(Boolean)) doc.font(FONT.regular).text(pdfText(`• ${text}`));
}

function pageNumbers(doc: Doc, data: ArticleExport) {
  const { start, count } = doc.bufferedPageRange();
  const title = pdfText(data.article.title).slice(0, 80);
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    const bottom = doc.page.height - 36;
    // Writing below the bottom margin would add a page: lift the margin while stamping.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(FONT.regular).fontSize(7.5).fillColor(MUTED);
    doc.text(`${title} · Page ${index + 1} of ${count}`, doc.page.margins.left, bottom, {
      width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
      align: "center",
      lineBreak: false,
    });
    doc.page.margins.bottom = margin;
  }
}
