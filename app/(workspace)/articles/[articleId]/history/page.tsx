import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleTimeline } from "@/components/articles/article-timeline";
import { Link } from "@/components/ui/link";
import { getArticleSummary } from "@/lib/articles/get-article-summary";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Review history" };

type HistoryPageProps = { params: Promise<{ articleId: string }> };

/** An article's whole review history: every change to it and its claims, who made it and when. */
export default async function HistoryPage({ params }: HistoryPageProps) {
  const user = await requireUser();
  const article = await getArticleSummary({ user, articleId: (await params).articleId });
  if (!article) notFound();
  return (
    <div className="mx-auto flex max-w-[70ch] flex-col gap-6">
      <header className="flex flex-col gap-2 border-b pb-6">
        <p className="text-muted-foreground text-sm">
          <Link href={`/articles/${article.id}`} className="hover:underline">
            ← {article.title}
          </Link>
        </p>
        <h1 className="font-semibold text-2xl tracking-tight">Review history</h1>
      </header>
      <ArticleTimeline articleId={article.id} variant="full" />
    </div>
  );
}
