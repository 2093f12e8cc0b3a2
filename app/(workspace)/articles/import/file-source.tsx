"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { formatBytes } from "@/lib/intake/intake-error";
import { previewFile } from "./actions";
import { ACCEPTED_FILES, type Preview } from "./import-types";

type FileSourceProps = {
  /** Several files import in bulk; a new version takes exactly one. */
  allowMany: boolean;
  maxBytes: number;
  onPreview: (preview: Preview) => void;
  onBulk: (files: File[]) => void;
};

/** Uploaded files: one is read for review, several are imported in bulk. */
export function FileSource({ allowMany, maxBytes, onPreview, onBulk }: FileSourceProps) {
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const [file] = files;

  const review = (chosen: File) =>
    startTransition(async () => {
      setError(null);
      // Checked here too, so an oversized file is refused before minutes of uploading.
      if (chosen.size > maxBytes) {
        setError(
          `${chosen.name}: the file is ${formatBytes(chosen.size)}; the limit is ${formatBytes(maxBytes)}.`,
        );
        return;
      }
      const formData = new FormData();
      formData.append("file", chosen);
      const result = await previewFile(formData);
      if (result.ok) onPreview(result.data);
      else setError(result.error);
    });

  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (files.length > 1) onBulk(files);
        else if (file) review(file);
      }}
    >
      <Label htmlFor="import-files">{allowMany ? "Files" : "File"}</Label>
      <p id="import-files-hint" className="text-muted-foreground text-sm">
        .txt, .md, .html, .docx or wire copy, up to {formatBytes(maxBytes)} each.
        {allowMany ? " Choose several to import them all at once." : ""}
      </p>
      <Input
        id="import-files"
        type="file"
        accept={ACCEPTED_FILES}
        multiple={allowMany}
        aria-describedby="import-files-hint"
        onChange={(event) => {
          setError(null);
          setFiles(Array.from(event.target.files ?? []));
        }}
        className="h-auto py-2"
      />
      {files.length > 1 ? (
        <ul className="max-h-48 overflow-y-auto rounded-md border p-3 text-sm" aria-label="Chosen files">
          {files.map((chosen) => (
            <li
              key={`${chosen.name}-${chosen.size}-${chosen.lastModified}`}
              className="flex justify-between gap-4"
            >
              <span className="truncate">{chosen.name}</span>
              <span className="shrink-0 text-muted-foreground tabular-nums">{formatBytes(chosen.size)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {error ? <Alert variant="destructive">{error}</Alert> : null}
      <div>
        <Button type="submit" disabled={isPending || files.length === 0}>
          {files.length > 1 ? `Import ${files.length} files` : isPending ? "Reading…" : "Read file"}
        </Button>
      </div>
    </form>
  );
}
