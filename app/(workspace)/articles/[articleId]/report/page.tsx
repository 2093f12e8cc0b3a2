import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArticleReport } from "@/components/report/article-report";
import { LETTER_PAGE_CSS, WORKSPACE_PRINT_CSS } from "@/components/report/report-css";
import { claimReviewJsonLd, serializeJsonLd } from "@/components/report/report-json-ld";
import { requireUser } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { appUrlFor, reportUrlFor } from "@/lib/exports/app-url";
import { loadArticleExport } from "@/lib/exports/article-export";
import { ReportToolbar } from "./report-toolbar";

type ReportPageProps = {
  params: Promise<{ articleId: string }>;
  searchParams: Promise<{ paper?: string | string[] }>;
};

// Metadata and page both need the export; cache() makes that one load per request.
const loadReport = cache(async (articleId: string) => {
  const user = await requireUser();
  try {
    return await loadArticleExport(getPrisma(), user, articleId);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  }
});

export async function generateMetadata({ params }: ReportPageProps): Promise<Metadata> {
  const data = await loadReport((await params).articleId);
  return { title: data ? `Report: ${data.article.title}` : "Article not found" };
}

/** The annotated report of an article, for reading, printing (A4 or ?paper=letter) and downloading. */
export default async function ArticleReportPage({ params, searchParams }: ReportPageProps) {
  const data = await loadReport((await params).articleId);
  if (!data) notFound();
  const paper = [(await searchParams).paper].flat()[0] === "letter" ? "letter" : "a4";
  const requestHeaders = await headers();
  const appUrl = appUrlFor(
    `${requestHeaders.get("x-forwarded-proto") ?? "http"}://${requestHeaders.get("host")}`,
  );
  const reportUrl = reportUrlFor(appUrl, data.article.id);
  const pageCss = paper === "letter" ? `${WORKSPACE_PRINT_CSS}\n${LETTER_PAGE_CSS}` : WORKSPACE_PRINT_CSS;
  return (
    <>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: constant stylesheets, no user input. */}
      <style dangerouslySetInnerHTML={{ __html: pageCss }} />
      <ReportToolbar articleId={data.article.id} paper={paper} />
      <ArticleReport data={data} reportUrl={reportUrl} />
      {claimReviewJsonLd({ data, appUrl, reportUrl }).map((value, index) => (
        <script
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list rendered once, never reordered.
          key={index}
          type="application/ld+json"
          // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON data with "<" escaped, not a script.
          dangerouslySetInnerHTML={{ __html: serializeJsonLd(value) }}
        />
      ))}
    </>
  );
}
