"use client";

import { useId, useState, useTransition } from "react";
import { importAnnotationsAction } from "@/app/(workspace)/articles/[articleId]/annotation-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { ImportAnnotationsResult } from "@/lib/annotations-import/schemas";

const MAX_BYTES = 5 * 1024 * 1024;
/** How many unplaced annotations the result lists by quote; the count covers them all. */
const LISTED = 10;

/**
 * Imports a W3C annotation file (Factdesk's own export, or Hypothesis's and other tools') onto
 * the article's current version, and says how many claims were created and which annotations
 * could not be anchored. The new claims appear in the review workspace with its next refresh.
 */
export function ImportAnnotationsForm({ articleId }: { articleId: string }) {
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportAnnotationsResult | null>(null);
  const [isPending, startTransition] = useTransition();

  function submit() {
    setError(null);
    setResult(null);
    if (!file) return setError("Choose a W3C annotations file (.json or .jsonld).");
    if (file.size > MAX_BYTES)
      return setError("The file is larger than 5 MB. Split it and import the parts.");
    startTransition(async () => {
      let collection: unknown;
      try {
        collection = JSON.parse(await readText(file));
      } catch {
        return setError("This file is not JSON. Choose the annotations file as exported (JSON-LD).");
      }
      const outcome = await importAnnotationsAction({ articleId, collection });
      if (outcome.ok) setResult(outcome.data);
      else setError(outcome.error);
    });
  }

  return (
    <section aria-labelledby={`${inputId}-heading`} className="flex flex-col gap-3 border-t pt-6">
      <h2 id={`${inputId}-heading`} className="font-semibold text-lg">
        Import annotations
      </h2>
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <div className="flex min-w-64 flex-1 flex-col gap-2">
          <Label htmlFor={inputId}>W3C annotations file</Label>
          <Input
            id={inputId}
            type="file"
            accept=".json,.jsonld,application/json,application/ld+json"
            aria-invalid={error ? true : undefined}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </div>
        <Button type="submit" disabled={isPending}>
          {isPending ? "Importing…" : "Import annotations"}
        </Button>
      </form>
      {error ? <Alert variant="destructive">{error}</Alert> : null}
      {result ? <ImportSummary result={result} /> : null}
    </section>
  );
}

function ImportSummary({ result }: { result: ImportAnnotationsResult }) {
  const { created, unanchored, notices } = result;
  return (
    <Alert>
      <p>
        {plural(created, "claim")} created
        {result.verdictsSet ? `, ${plural(result.verdictsSet, "verdict")} set` : ""}
        {result.evidenceAdded ? `, ${plural(result.evidenceAdded, "piece")} of evidence added` : ""}.
        {created > 0 ? " They appear on the article in a few seconds." : ""}
      </p>
      {unanchored.length > 0 ? (
        <>
          <p className="mt-2">{plural(unanchored.length, "annotation")} could not be anchored:</p>
          <ul className="mt-1 list-disc pl-5">
            {unanchored.slice(0, LISTED).map((item) => (
              <li key={item.name}>
                {item.quote ? `“${item.quote}”` : item.name}: {item.reason}
              </li>
            ))}
          </ul>
          {unanchored.length > LISTED ? <p>…and {unanchored.length - LISTED} more.</p> : null}
        </>
      ) : null}
      {notices.length > 0 ? (
        <ul className="mt-2 list-disc pl-5">
          {notices.slice(0, LISTED).map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}

/** The file's text (FileReader: what every browser, and the test DOM, can read a file with). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

function plural(count: number, noun: string): string {
  const word = count === 1 ? noun : noun === "piece" ? "pieces" : `${noun}s`;
  return `${count.toLocaleString("en")} ${word}`;
}
