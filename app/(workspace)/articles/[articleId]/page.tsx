import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getArticleForReading } from "@/lib/articles/get-article";
import { requireUser } from "@/lib/auth/session";
import { ArticleView } from "./article-view";

type ArticlePageProps = {
  params: Promise<{ articleId: string }>;
};

// Metadata and page both need the article; cache() makes that one query per request.
const loadArticle = cache(async (articleId: string) => {
  const user = await requireUser();
  return getArticleForReading({ user, articleId });
});

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const article = await loadArticle((await params).articleId);
  return { title: article?.title ?? "Article not found" };
}

export default async function ArticlePage({ params }: ArticlePageProps) {
  const article = await loadArticle((await params).articleId);
  if (!article) notFound();

  return <ArticleView article={article} />;
}
