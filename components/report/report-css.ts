/**
 * The report's own stylesheet, shared by the report page, the share page and the standalone HTML
 * download (which has no Tailwind), scoped under .fd-report. Colours fall back to fixed values where
 * the app's theme variables are absent. Paper: A4 by default; LETTER_PAGE_CSS, added after it, switches
 * to US Letter. A toggle rather than `@media print and (width: 8.5in)`: once a page names its size, the
 * browser's print dialog stops offering a paper choice, so the page must name the right one.
 */
export const REPORT_CSS = `
.fd-report { --fd-ink: #1f2328; --fd-muted: #59636e; --fd-rule: #d0d7de; --fd-tint: #f6f8fa;
  color: var(--fd-ink); font: 15px/1.6 "Inter Variable", system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  max-width: 64rem; margin: 0 auto; }
.fd-report .verdict-verified { --claim-color: var(--verdict-verified, #1a7f37); }
.fd-report .verdict-mostly-accurate { --claim-color: var(--verdict-mostly-accurate, #0f766e); }
.fd-report .verdict-misleading { --claim-color: var(--verdict-misleading, #9a6700); }
.fd-report .verdict-disputed { --claim-color: var(--verdict-disputed, #bc4c00); }
.fd-report .verdict-false { --claim-color: var(--verdict-false, #cf222e); }
.fd-report .verdict-unverifiable { --claim-color: var(--verdict-unverifiable, #6e7781); }
.fd-report .verdict-unreviewed { --claim-color: var(--verdict-unreviewed, #57606a); }
.fd-report h1 { font-size: 1.7rem; line-height: 1.25; font-weight: 700; margin: 0.25rem 0 1rem; }
.fd-report h2 { font-size: 1.2rem; font-weight: 600; margin: 0 0 0.75rem; break-after: avoid; }
.fd-report a { color: inherit; text-decoration: underline; text-underline-offset: 2px; }
.fd-report code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.85em; overflow-wrap: anywhere; }
.fd-report blockquote { margin: 0.25rem 0; padding-left: 0.75rem; border-left: 2px solid var(--fd-rule); color: var(--fd-muted); }
.fd-report-kicker, .fd-small, .fd-report-aside, .fd-report-footer { color: var(--fd-muted); font-size: 0.85rem; margin: 0.15rem 0; }
.fd-report-meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0; font-size: 0.9rem; }
.fd-report-meta dt { color: var(--fd-muted); }
.fd-report-meta dd { margin: 0; overflow-wrap: anywhere; }
.fd-report-section { border-top: 1px solid var(--fd-rule); margin-top: 1.75rem; padding-top: 1.25rem; }
.fd-report-paragraph { display: grid; grid-template-columns: minmax(0, 1fr); }
.fd-report-paragraph p { margin: 0 0 0.9rem; }
.fd-report-margin { display: none; }
@media (min-width: 64rem) {
  .fd-report-paragraph { grid-template-columns: minmax(0, 1fr) 6rem; gap: 1.25rem; }
  .fd-report-margin { display: block; font-size: 0.75rem; color: var(--fd-muted); border-left: 1px solid var(--fd-rule); padding-left: 0.5rem; }
}
.fd-report-margin span { color: var(--claim-color); font-weight: 600; white-space: nowrap; }
.fd-claim { --claim-color: #57606a; color: inherit; background-color: color-mix(in srgb, var(--claim-color) 14%, transparent);
  border-bottom: 2px solid var(--claim-color); border-radius: 2px; padding: 0; }
.fd-claim .fd-claim { border-bottom-style: double; border-bottom-width: 4px; }
.fd-marker { font-size: 0.7em; font-weight: 600; line-height: 0; margin-left: 1px; }
.fd-marker a { color: var(--claim-color); text-decoration: none; }
.fd-verdict { color: var(--claim-color); font-weight: 600; white-space: nowrap; }
.fd-claims { width: 100%; border-collapse: collapse; font-size: 0.85rem; }
.fd-claims th, .fd-claims td { border-bottom: 1px solid var(--fd-rule); padding: 0.45rem 0.4rem; text-align: left; vertical-align: top; }
.fd-claims thead th { background: var(--fd-tint); font-weight: 600; }
.fd-claims tr { break-inside: avoid; page-break-inside: avoid; }
.fd-claims td:nth-child(3), .fd-claims td:nth-child(5) { overflow-wrap: anywhere; }
.fd-claims tr:target { background: color-mix(in srgb, #fde68a 40%, transparent); }
.fd-number { font-weight: 600; white-space: nowrap; }
.fd-tag { display: inline-block; border: 1px solid var(--fd-rule); border-radius: 4px; padding: 0 0.3rem; font-size: 0.75rem; margin: 0.25rem 0 0; }
.fd-orphaned q { color: var(--fd-muted); }
.fd-rationale p, .fd-rationale ul, .fd-rationale ol, .fd-rationale pre { margin: 0 0 0.35rem; }
.fd-rationale ul { list-style: disc; padding-left: 1.1rem; }
.fd-rationale ol { list-style: decimal; padding-left: 1.1rem; }
.fd-evidence { list-style: none; margin: 0; padding: 0; }
.fd-note-ref { font-weight: 600; }
.fd-footnotes { font-size: 0.85rem; padding-left: 2rem; list-style: decimal; }
.fd-footnotes li { margin-bottom: 0.6rem; break-inside: avoid; }
.fd-footnotes p { margin: 0; }
.fd-footnotes li:target { background: color-mix(in srgb, #fde68a 40%, transparent); }
.fd-url { overflow-wrap: anywhere; }
.fd-legend { display: grid; gap: 0.35rem; margin: 0; font-size: 0.9rem; }
.fd-legend div { display: grid; grid-template-columns: 11rem 1fr; gap: 1rem; }
.fd-legend dd { margin: 0; }
.fd-history { font-size: 0.9rem; padding-left: 1.2rem; list-style: disc; }
.fd-report-footer { border-top: 1px solid var(--fd-rule); margin-top: 1.75rem; padding-top: 0.75rem; overflow-wrap: anywhere; }
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  .fd-report { font-size: 10.5pt; max-width: none; }
  .fd-report a { text-decoration: none; }
  .fd-report-paragraph { grid-template-columns: minmax(0, 1fr) 16mm; gap: 4mm; }
  .fd-report-margin { display: block; font-size: 7.5pt; color: var(--fd-muted); border-left: 0.5pt solid var(--fd-rule); padding-left: 2mm; }
  .fd-report-paragraph p { orphans: 3; widows: 3; }
  .fd-claims { font-size: 8.5pt; }
  .fd-claims thead { display: table-header-group; }
  .fd-footnotes { font-size: 8.5pt; }
  .fd-claim, .fd-marker, .fd-verdict, .fd-report-margin span { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;

/** Added after REPORT_CSS: US Letter paper instead of A4. */
export const LETTER_PAGE_CSS = "@page { size: letter; margin: 0.7in 0.65in 0.8in; }";

/** The report page inside the workspace: printing shows the report alone, without the app's header. */
export const WORKSPACE_PRINT_CSS =
  '@media print { header:has(nav[aria-label="Main"]) { display: none !important; } #main { padding: 0 !important; max-width: none !important; } }';
