import { escapeHtml } from "@/components/report/escape-html";
import { REPORT_CSS } from "@/components/report/report-css";
import { renderReportMarkup } from "@/components/report/report-html";
import { jsonLdScripts } from "@/components/report/report-json-ld";
import { exportFilename } from "./filename";
import type { ExportContext, RenderedExport } from "./formats";

/** The one stylesheet of the HTML export, inline in its <style>; export-headers.ts allows exactly it by hash. */
export const HTML_EXPORT_STYLESHEET = `body { margin: 0; padding: 2rem 1rem; background: #fff; }\n${REPORT_CSS}`;

/**
 * The annotated report as one standalone HTML file: the report page's markup (renderReportMarkup) with
 * its stylesheet inline, no scripts but the ClaimReview JSON-LD (data, never executed), nothing loaded
 * from elsewhere, so it can be mailed or archived and still open as it looked.
 */
export function renderHtml(context: ExportContext): RenderedExport {
  const { data, reportUrl } = context;
  const body = [
    "<!doctype html>",
    `<html lang="en"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`Fact-check report: ${data.article.title}`)}</title>`,
    '<meta name="generator" content="Factdesk">',
    `<style>${HTML_EXPORT_STYLESHEET}</style>`,
    jsonLdScripts(context),
    "</head><body>",
    renderReportMarkup({ data, reportUrl }),
    "</body></html>\n",
  ].join("");
  return {
    body,
    contentType: "text/html; charset=utf-8",
    filename: exportFilename(data.article.title, "html"),
  };
}
