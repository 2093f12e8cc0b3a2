"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { updateSourceAction } from "@/app/(workspace)/sources/actions";
import { Button } from "@/components/ui/button";
import { describeReliability, SOURCE_TYPE_LABELS } from "./labels";
import { SourceFields, type SourceFormValues, sourceFormValues, sourceInput } from "./source-fields";

type EditableSource = Parameters<typeof sourceFormValues>[0] & { id: string; revision: number };
type Failure = { error: string; fieldErrors?: Record<string, string[] | undefined> };

/**
 * Edits a source. The edit carries the revision it started from; when
 * someone saved in between, the server refuses it, the page reloads the
 * source, and the form keeps the editor's text with the current saved
 * values beside it, to merge by hand before saving over them.
 */
export function SourceEditForm({ source }: { source: EditableSource }) {
  const router = useRouter();
  const [values, setValues] = useState<SourceFormValues>(() => sourceFormValues(source));
  const [baseRevision, setBaseRevision] = useState(source.revision);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saved, setSaved] = useState(false);
  const [isSaving, setIsSaving] = useState(false);
  // The page re-renders with the newer source after a conflict; the editor's text stays in `values`.
  const isStale = source.revision > baseRevision;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setIsSaving(true);
    setSaved(false);
    const result = await updateSourceAction({
      ...sourceInput(values),
      sourceId: source.id,
      revision: baseRevision,
    });
    setIsSaving(false);
    if (result.ok) {
      setFailure(null);
      setSaved(true);
      setBaseRevision(result.data.revision);
      setValues(sourceFormValues(result.data));
      return;
    }
    setFailure({ error: result.error, fieldErrors: result.fieldErrors });
    if (result.code === "CONFLICT") router.refresh();
  }

  return (
    <form aria-label="Edit source" className="flex flex-col gap-3" onSubmit={submit}>
      <SourceFields values={values} onChange={setValues} fieldErrors={failure?.fieldErrors} />
      {failure ? (
        <p role="alert" className="text-destructive text-sm">
          {failure.error}
        </p>
      ) : null}
      {isStale ? <CurrentValues source={source} onUseMine={() => setBaseRevision(source.revision)} /> : null}
      {saved ? (
        <p role="status" className="text-sm">
          Saved.
        </p>
      ) : null}
      <Button type="submit" className="self-start" disabled={isSaving || isStale}>
        {isSaving ? "Saving…" : "Save source"}
      </Button>
    </form>
  );
}

function CurrentValues({ source, onUseMine }: { source: EditableSource; onUseMine: () => void }) {
  const current = sourceFormValues(source);
  return (
    <div className="flex flex-col gap-2 rounded-md border border-amber-500/60 bg-amber-50 p-3 text-sm dark:bg-amber-950/30">
      <p className="font-medium">Saved by someone else meanwhile (your text is kept above):</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="text-muted-foreground">Title</dt>
        <dd>{current.title}</dd>
        <dt className="text-muted-foreground">URL</dt>
        <dd className="break-all">{current.url || "—"}</dd>
        <dt className="text-muted-foreground">Publisher</dt>
        <dd>{current.publisher || "—"}</dd>
        <dt className="text-muted-foreground">Type</dt>
        <dd>{SOURCE_TYPE_LABELS[current.type]}</dd>
        <dt className="text-muted-foreground">Reliability</dt>
        <dd>{describeReliability(source.reliability)}</dd>
        <dt className="text-muted-foreground">Notes</dt>
        <dd className="whitespace-pre-wrap">{current.notes || "—"}</dd>
      </dl>
      <Button size="sm" variant="outline" className="self-start" onClick={onUseMine}>
        Continue with my text
      </Button>
    </div>
  );
}
