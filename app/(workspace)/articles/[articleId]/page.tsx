import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getArticleForReading } from "@/lib/articles/get-article";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { findArticleStamp } from "@/lib/claims/activity";
import { findArticleClaims } from "@/lib/claims/find-claims";
import { findMemberOptions } from "@/lib/members/find-member-options";
import { ArticleView, type ImportOutcome } from "./article-view";

type ArticlePageProps = {
  params: Promise<{ articleId: string }>;
  searchParams: Promise<{
    version?: string | string[];
    imported?: string | string[];
    orphaned?: string | string[];
    claim?: string | string[];
  }>;
};

const OUTCOMES: ImportOutcome[] = ["created", "versionAdded", "unchanged"];

// Metadata and page both need the article; cache() makes that one query per request.
const loadArticle = cache(async (articleId: string, version: string | undefined) => {
  const user = await requireUser();
  const versionNumber = version && /^\d{1,6}$/.test(version) ? Number(version) : undefined;
  if (version !== undefined && versionNumber === undefined) return { user, article: null };
  return { user, article: await getArticleForReading({ user, articleId, versionNumber }) };
});

export async function generateMetadata({ params, searchParams }: ArticlePageProps): Promise<Metadata> {
  const { version } = await searchParams;
  const { article } = await loadArticle((await params).articleId, single(version));
  return { title: article?.title ?? "Article not found" };
}

export default async function ArticlePage({ params, searchParams }: ArticlePageProps) {
  const { version, imported, orphaned, claim } = await searchParams;
  const { user, article } = await loadArticle((await params).articleId, single(version));
  if (!article) notFound();
  const outcome = OUTCOMES.find((candidate) => candidate === single(imported));
  const orphanedClaims = Number(single(orphaned) ?? 0) || 0;
  // Claims are reviewed on the current version; an earlier version is only read.
  const review = article.isCurrentVersion
    ? await Promise.all([
        findArticleClaims({ user, articleId: article.id }),
        findMemberOptions({ user }),
        findArticleStamp(user.workspace.id, article.id),
      ])
    : undefined;

  return (
    <ArticleView
      article={article}
      canEdit={can(user.role, "write")}
      review={
        review && {
          claims: review[0],
          members: review[1],
          stamp: review[2],
          openClaimId: single(claim),
        }
      }
      userId={user.id}
      importOutcome={outcome ? { outcome, orphanedClaims } : undefined}
    />
  );
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
