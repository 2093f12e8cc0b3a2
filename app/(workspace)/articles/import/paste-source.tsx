"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { previewSource } from "./actions";
import type { Preview } from "./import-types";

/** Pasted text (wire copy included) read for review. */
export function PasteSource({ onPreview }: { onPreview: (preview: Preview) => void }) {
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  const read = () =>
    startTransition(async () => {
      setError(null);
      try {
        const result = await previewSource({ kind: "paste", text });
        if (result.ok) onPreview(result.data);
        else setError(result.error);
      } catch {
        // Too large for one request, or the connection dropped: the pasted text stays in the box.
        setError(
          "Could not read that text: it may be too large, or the connection dropped. Your text is kept.",
        );
      }
    });

  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        read();
      }}
    >
      <Label htmlFor="paste-text">Article text</Label>
      <p id="paste-text-hint" className="text-muted-foreground text-sm">
        Paste the headline and the text. Wire copy (a first line “ date YYYY-MM-DD Title”) is recognized with
        its times.
      </p>
      <Textarea
        id="paste-text"
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-describedby="paste-text-hint"
        className="min-h-64 font-serif"
      />
      {error ? <Alert variant="destructive">{error}</Alert> : null}
      <div>
        <Button type="submit" disabled={isPending || !text.trim()}>
          {isPending ? "Reading…" : "Read text"}
        </Button>
      </div>
    </form>
  );
}
