import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatUtcDateTime } from "@/components/articles/article-date";
import { Link } from "@/components/ui/link";
import { getVersionComparison } from "@/lib/articles/get-version-comparison";
import { requireUser } from "@/lib/auth/session";
import { CompareForm } from "../compare-form";
import { DiffView } from "./diff-view";

export const metadata: Metadata = { title: "Changes between versions" };

type ComparePageProps = {
  params: Promise<{ articleId: string }>;
  searchParams: Promise<{ from?: string | string[]; to?: string | string[] }>;
};

export default async function ComparePage({ params, searchParams }: ComparePageProps) {
  const user = await requireUser();
  const { articleId } = await params;
  const { from, to } = await searchParams;
  const comparison = await getVersionComparison({
    user,
    articleId,
    from: versionNumber(from),
    to: versionNumber(to),
  });
  if (!comparison) notFound();
  const { diff } = comparison;

  return (
    <div className="mx-auto flex max-w-[70ch] flex-col gap-6">
      <header className="flex flex-col gap-2 border-b pb-6">
        <p className="text-muted-foreground text-sm">
          <Link href={`/articles/${articleId}`} className="hover:underline">
            ← {comparison.title}
          </Link>
        </p>
        <h1 className="font-semibold text-2xl tracking-tight">
          Changes from version {comparison.from.number} to version {comparison.to.number}
        </h1>
        <p className="text-muted-foreground text-sm">
          Version {comparison.from.number}: imported {formatUtcDateTime(comparison.from.createdAt)}. Version{" "}
          {comparison.to.number}: imported {formatUtcDateTime(comparison.to.createdAt)}.
        </p>
        <p className="text-sm" aria-live="polite">
          {diff.changedBlocks === 0
            ? "The text is the same in both versions."
            : `${diff.changedBlocks} ${diff.changedBlocks === 1 ? "paragraph" : "paragraphs"} changed: ${diff.addedWords} words added, ${diff.removedWords} removed.`}
        </p>
        <CompareForm
          articleId={articleId}
          versions={comparison.versions}
          from={comparison.from.number}
          to={comparison.to.number}
        />
      </header>
      {comparison.from.title !== comparison.to.title ? (
        <section aria-label="Title change" className="flex flex-col gap-1 text-sm">
          <p className="font-medium">Title</p>
          <p>
            <del className="diff-removed">{comparison.from.title}</del>
          </p>
          <p>
            <ins className="diff-added">{comparison.to.title}</ins>
          </p>
        </section>
      ) : null}
      <DiffView blocks={diff.blocks} />
    </div>
  );
}

function versionNumber(value: string | string[] | undefined): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text && /^\d{1,6}$/.test(text) ? Number(text) : undefined;
}
