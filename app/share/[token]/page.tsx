import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArticleReport } from "@/components/report/article-report";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { appUrlFor } from "@/lib/exports/app-url";
import { loadArticleExport } from "@/lib/exports/article-export";
import { findSharedArticle } from "@/lib/share-links/find-shared-article";

export const dynamic = "force-dynamic";

type SharePageProps = { params: Promise<{ token: string }> };

// Metadata and page both need the report; cache() makes that one lookup per request.
const loadSharedReport = cache(async (token: string) => {
  const shared = await findSharedArticle(token);
  if (!shared) return null;
  try {
    return await loadArticleExport(getPrisma(), { workspace: shared.workspace }, shared.articleId);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  }
});

export async function generateMetadata({ params }: SharePageProps): Promise<Metadata> {
  const data = await loadSharedReport((await params).token);
  return data ? { title: `${data.article.title} (shared report)` } : {};
}

/**
 * The read-only report behind a share link, for people without an account. An unknown, revoked
 * or expired token gets the same 404 page (not-found.tsx): a guesser learns nothing.
 */
export default async function SharedReportPage({ params }: SharePageProps) {
  const { token } = await params;
  const data = await loadSharedReport(token);
  if (!data) notFound();
  // The report's own link is this page: the signed-in report is no use to its readers.
  const requestHeaders = await headers();
  const origin = `${requestHeaders.get("x-forwarded-proto") ?? "http"}://${requestHeaders.get("host")}`;
  return <ArticleReport data={data} reportUrl={`${appUrlFor(origin)}/share/${token}`} shared />;
}
