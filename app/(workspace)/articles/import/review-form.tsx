"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { DocumentFallback } from "@/components/editor/document-fallback";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { saveArticleVersion, saveNewArticle } from "./actions";
import type { ImportTarget, Preview } from "./import-types";
import { MetadataFields } from "./metadata-fields";

type ReviewFormProps = { preview: Preview; target: ImportTarget; onBack: () => void };
type Failure = { error: string; fieldErrors?: Record<string, string[] | undefined> };

/**
 * The draft's details for the editor to check and correct, where it will be
 * saved (a new article, or the next version of one), and its text. Saving
 * opens the article; a refusal keeps every field as typed.
 */
export function ReviewForm({ preview, target, onBack }: ReviewFormProps) {
  const { draft, sameStory } = preview;
  const router = useRouter();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [isPending, startTransition] = useTransition();
  const versionOf = target ?? (sameStory ? { id: sameStory.articleId, ...sameStory } : null);
  const [saveAs, setSaveAs] = useState<"new" | "version">(versionOf ? "version" : "new");

  const save = (formData: FormData) =>
    startTransition(async () => {
      setFailure(null);
      const fields = Object.fromEntries(formData.entries());
      const input = {
        ...fields,
        origin: draft.origin,
        sourceName: draft.sourceName,
        document: draft.document,
      };
      let result: Awaited<ReturnType<typeof saveNewArticle>>;
      try {
        result =
          saveAs === "version" && versionOf
            ? await saveArticleVersion({ ...input, articleId: versionOf.id })
            : await saveNewArticle(input);
      } catch {
        // A dropped connection or a refused body: keep the form and what the editor corrected in it.
        setFailure({
          error: "Could not reach Factdesk. Nothing was saved; check your connection and try again.",
        });
        return;
      }
      if (!result.ok) {
        setFailure(result);
        return;
      }
      const orphaned = result.data.claims?.orphaned ? `&orphaned=${result.data.claims.orphaned}` : "";
      router.push(`/articles/${result.data.articleId}?imported=${result.data.outcome}${orphaned}`);
    });

  return (
    <form
      className="flex flex-col gap-6"
      aria-labelledby="review-heading"
      // Our messages name the field and the fix; the browser's bubbles would not reach the server's checks.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save(new FormData(event.currentTarget));
      }}
    >
      <div className="flex flex-col gap-1">
        <h2 id="review-heading" className="font-semibold text-xl">
          Review before saving
        </h2>
        <p className="text-muted-foreground text-sm">
          From {draft.sourceName} · {draft.wordCount.toLocaleString("en")} words. Correct anything that was
          read wrongly; times are UTC.
        </p>
      </div>
      {draft.notes.length > 0 ? (
        <Alert>
          <ul className="list-disc pl-4">
            {draft.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <MetadataFields metadata={draft.metadata} fieldErrors={failure?.fieldErrors} />
      {versionOf ? (
        <fieldset className="flex flex-col gap-2 rounded-md border p-4">
          <legend className="px-1 font-medium text-sm">Save as</legend>
          {target ? null : (
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" checked={saveAs === "new"} onChange={() => setSaveAs("new")} />A new article
            </label>
          )}
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" checked={saveAs === "version"} onChange={() => setSaveAs("version")} />
            Version {versionOf.versionNumber + 1} of “{versionOf.title}”
            {target ? null : draft.format === "wire" ? " (the same wire story)" : " (the same web address)"}
          </label>
        </fieldset>
      ) : null}
      <section
        aria-label="Text preview"
        className="article-prose max-h-96 max-w-none overflow-y-auto rounded-md border p-4"
      >
        <DocumentFallback document={draft.document} />
      </section>
      {failure ? <Alert variant="destructive">{failure.error}</Alert> : null}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={isPending}>
          {isPending
            ? "Saving…"
            : saveAs === "version" && versionOf
              ? `Save as version ${versionOf.versionNumber + 1}`
              : "Save article"}
        </Button>
        <Button variant="outline" onClick={onBack} disabled={isPending}>
          Back
        </Button>
      </div>
    </form>
  );
}
