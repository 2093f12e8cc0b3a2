import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/components/ui/link";
import { getArticleSummary } from "@/lib/articles/get-article-summary";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { readIntakeSettings } from "@/lib/intake/settings";
import { ImportWorkspace } from "./import-workspace";

export const metadata: Metadata = { title: "Import articles" };

type ImportPageProps = { searchParams: Promise<{ articleId?: string | string[] }> };

export default async function ImportPage({ searchParams }: ImportPageProps) {
  const user = await requireUser();
  const { articleId } = await searchParams;
  const target = typeof articleId === "string" ? await getArticleSummary({ user, articleId }) : null;
  if (articleId && !target) notFound();

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <header className="flex flex-col gap-2">
        <p className="text-muted-foreground text-sm">
          <Link href={target ? `/articles/${target.id}` : "/articles"} className="hover:underline">
            ← {target ? target.title : "Articles"}
          </Link>
        </p>
        <h1 className="font-semibold text-2xl tracking-tight">
          {target ? "Add a new version" : "Import articles"}
        </h1>
        <p className="text-muted-foreground">
          {target
            ? `The text you bring in becomes version ${target.versionNumber + 1} of “${target.title}”. Earlier versions stay readable.`
            : "Paste an article, upload files (.txt, .md, .html, .docx or wire copy), or fetch one from the web. You review the details before anything is saved."}
        </p>
      </header>
      {can(user.role, "write") ? (
        <ImportWorkspace target={target} maxBytes={readIntakeSettings().maxBytes} />
      ) : (
        <Alert>
          Viewers can read and export articles, but not import them. Ask an owner for editor access.
        </Alert>
      )}
    </div>
  );
}
