import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db";
import { reportUrlFor } from "./app-url";
import { loadArticleExport } from "./article-export";
import { renderClaimReview } from "./claimreview";
import { renderCsv } from "./csv";
import { EXPORT_FORMATS, type ExportContext, type ExportFormat, type RenderedExport } from "./formats";
import { renderHtml } from "./html";
import { renderMarkdown } from "./markdown";
import { renderPdf } from "./pdf";
import { renderW3c } from "./w3c";

const RENDERERS: Record<ExportFormat, (context: ExportContext) => RenderedExport | Promise<RenderedExport>> =
  {
    html: renderHtml,
    pdf: renderPdf,
    md: renderMarkdown,
    csv: renderCsv,
    w3c: renderW3c,
    claimreview: renderClaimReview,
  };

/** Renders already-loaded export data in one format. */
export function renderExport(format: ExportFormat, context: ExportContext): Promise<RenderedExport> {
  return Promise.resolve(RENDERERS[format](context));
}

export const FORMAT_LIST = EXPORT_FORMATS.join(", ");

const ZExportInput = z.object({
  articleId: z.string().min(1).max(64),
  format: z.enum(EXPORT_FORMATS, { message: `Choose a format: ${FORMAT_LIST}.` }),
  appUrl: z.string().url(),
});

/** One article in one export format, for any member of its workspace (a session or an API token). */
export const exportArticle = defineAction({
  name: "exports.article",
  permission: "read",
  input: ZExportInput,
  run: async ({ user, input }) => {
    const data = await loadArticleExport(getPrisma(), user, input.articleId);
    const reportUrl = reportUrlFor(input.appUrl, data.article.id);
    return renderExport(input.format, { data, appUrl: input.appUrl, reportUrl });
  },
});

export const exportActions = [exportArticle];
