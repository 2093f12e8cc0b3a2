"use client";

import { useState } from "react";
import { createSourceAction } from "@/app/(workspace)/sources/actions";
import { Button } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import { EMPTY_SOURCE_VALUES, SourceFields, type SourceFormValues, sourceInput } from "./source-fields";

type Failure = { error: string; fieldErrors?: Record<string, string[] | undefined> };

/** Adds a source to the library; on a refusal the fields keep what was typed, with the reasons beside them. */
export function SourceCreateForm() {
  const [values, setValues] = useState<SourceFormValues>(EMPTY_SOURCE_VALUES);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [created, setCreated] = useState<{ id: string; title: string } | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setIsSaving(true);
    const result = await createSourceAction(sourceInput(values));
    setIsSaving(false);
    if (!result.ok) {
      setFailure({ error: result.error, fieldErrors: result.fieldErrors });
      return;
    }
    setFailure(null);
    setCreated({ id: result.data.id, title: result.data.title });
    setValues(EMPTY_SOURCE_VALUES);
  }

  return (
    <form aria-label="New source" className="flex flex-col gap-3" onSubmit={submit}>
      <SourceFields values={values} onChange={setValues} fieldErrors={failure?.fieldErrors} />
      {failure ? (
        <p role="alert" className="text-destructive text-sm">
          {failure.error}
        </p>
      ) : null}
      {created ? (
        <p role="status" className="text-sm">
          Added{" "}
          <Link href={`/sources/${created.id}`} className="underline">
            {created.title}
          </Link>{" "}
          to the library.
        </p>
      ) : null}
      <Button type="submit" className="self-start" disabled={isSaving}>
        {isSaving ? "Adding…" : "Add to library"}
      </Button>
    </form>
  );
}
