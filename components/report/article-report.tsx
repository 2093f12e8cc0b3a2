import { REPORT_CSS } from "./report-css";
import { type ReportProps, renderReportMarkup } from "./report-html";

/**
 * The annotated report of one article: header, text with numbered claim markers, claims table,
 * evidence footnotes, verdict legend and history. A pure server render of `data` (no loading, no client
 * JS), used by the report page and the public share page. Its markup comes from renderReportMarkup,
 * the same string the HTML download holds, so the page and the file cannot drift; that function
 * escapes every user-entered string.
 */
export function ArticleReport(props: { data: ReportProps["data"]; reportUrl: string; shared?: boolean }) {
  return (
    <>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant stylesheet, no user input. */}
      <style dangerouslySetInnerHTML={{ __html: REPORT_CSS }} />
      <div
        // biome-ignore lint/security/noDangerouslySetInnerHtml: built by renderReportMarkup, which escapes all user text.
        dangerouslySetInnerHTML={{ __html: renderReportMarkup(props) }}
      />
    </>
  );
}
