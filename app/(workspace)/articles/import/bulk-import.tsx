"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import { Progress } from "@/components/ui/progress";
import { formatBytes } from "@/lib/intake/intake-error";
import { importOneFile } from "./actions";
import { type FileResult, summarizeResults } from "./bulk-results";
import { DetectionProgress } from "./detection-progress";

type BulkImportProps = { files: File[]; maxBytes: number; onBack: () => void };

/**
 * Imports files one after the other, without review, showing progress and
 * each file's outcome as it comes; a file that fails never stops the rest.
 */
export function BulkImport({ files, maxBytes, onBack }: BulkImportProps) {
  const [results, setResults] = useState<FileResult[]>(() =>
    files.map((file) => ({ name: file.name, state: "waiting" })),
  );
  const started = useRef(false);
  // Two files may share a name: a file's place in the list, fixed for this import, is its identity.
  const keys = useMemo(() => files.map((file, position) => `${position}:${file.name}`), [files]);

  useEffect(() => {
    // Once per mount: React's development double effect must not import everything twice.
    if (started.current) return;
    started.current = true;
    const update = (index: number, result: FileResult) =>
      setResults((current) => current.map((entry, at) => (at === index ? result : entry)));
    (async () => {
      for (const [index, file] of files.entries()) {
        update(index, { name: file.name, state: "importing" });
        update(index, await importEach(file, maxBytes));
      }
    })();
  }, [files, maxBytes]);

  const done = results.filter((result) => result.state === "done" || result.state === "failed").length;
  const isFinished = done === files.length;
  return (
    <section aria-labelledby="bulk-heading" className="flex flex-col gap-4">
      <h2 id="bulk-heading" className="font-semibold text-xl">
        Importing {files.length} files
      </h2>
      <Progress value={done} max={files.length} aria-label="Import progress" />
      <p className="text-muted-foreground text-sm" aria-live="polite">
        {isFinished ? summarizeResults(results) : `${done} of ${files.length} files done…`}
      </p>
      {isFinished ? (
        <DetectionProgress
          articleIds={[
            ...new Set(
              results.flatMap((result) =>
                result.state === "done" && result.outcome !== "unchanged" ? [result.articleId] : [],
              ),
            ),
          ]}
        />
      ) : null}
      <ul aria-label="Import results" className="divide-y rounded-md border text-sm">
        {results.map((result, index) => (
          <li key={keys[index]} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3">
            <span className="font-medium">{result.name}</span>
            <ResultLine result={result} />
          </li>
        ))}
      </ul>
      {isFinished ? (
        <div className="flex gap-3">
          <Button asChild>
            <Link href="/articles">Go to articles</Link>
          </Button>
          <Button variant="outline" onClick={onBack}>
            Import more
          </Button>
        </div>
      ) : null}
    </section>
  );
}

async function importEach(file: File, maxBytes: number): Promise<FileResult> {
  if (file.size > maxBytes) {
    const reason = `the file is ${formatBytes(file.size)}; the limit is ${formatBytes(maxBytes)}.`;
    return { name: file.name, state: "failed", message: `${file.name}: ${reason}` };
  }
  const formData = new FormData();
  formData.append("file", file);
  try {
    const result = await importOneFile(formData);
    if (!result.ok) return { name: file.name, state: "failed", message: result.error };
    return { name: file.name, state: "done", ...result.data };
  } catch {
    return {
      name: file.name,
      state: "failed",
      message: `${file.name}: the upload was interrupted; try this file again.`,
    };
  }
}

function ResultLine({ result }: { result: FileResult }) {
  if (result.state === "waiting") return <span className="text-muted-foreground">Waiting</span>;
  if (result.state === "importing") return <span className="text-muted-foreground">Importing…</span>;
  if (result.state === "failed") return <span className="basis-full text-destructive">{result.message}</span>;
  const link = (
    <Link href={`/articles/${result.articleId}`} className="underline underline-offset-2">
      {result.title}
    </Link>
  );
  if (result.outcome === "created") return <span>Imported as {link}</span>;
  if (result.outcome === "versionAdded") {
    return (
      <span>
        Version {result.versionNumber} of {link}
      </span>
    );
  }
  return (
    <span className="text-muted-foreground">
      Already imported: version {result.versionNumber} of {link}
    </span>
  );
}
