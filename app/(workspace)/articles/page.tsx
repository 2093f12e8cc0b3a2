import type { Metadata } from "next";
import { findArticles } from "@/lib/articles/find-articles";
import { requireUser } from "@/lib/auth/session";
import { ArticleTable } from "./article-table";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage() {
  const user = await requireUser();
  const articles = await findArticles({ user });

  return (
    <div className="flex flex-col gap-6">
      <h1 className="font-semibold text-2xl tracking-tight">Articles</h1>
      {articles.length === 0 ? (
        <div className="rounded-lg border border-dashed p-10 text-center">
          <p className="font-medium">No articles yet</p>
          <p className="mt-1 text-muted-foreground text-sm">
            Articles imported into {user.workspace.name} will appear here for review.
          </p>
        </div>
      ) : (
        <ArticleTable articles={articles} />
      )}
    </div>
  );
}
