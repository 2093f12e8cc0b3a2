"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { previewSource } from "./actions";
import type { Preview } from "./import-types";

/** A web page fetched by the server and read for review (main text only). */
export function UrlSource({ onPreview }: { onPreview: (preview: Preview) => void }) {
  const [url, setUrl] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  return (
    <form
      className="flex flex-col gap-3"
      // The server explains a bad address in words; the browser's bubble would say less.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          setError(null);
          const result = await previewSource({ kind: "url", url });
          if (result.ok) onPreview(result.data);
          else setError(result.error);
        });
      }}
    >
      <Label htmlFor="import-url">Web address</Label>
      <p id="import-url-hint" className="text-muted-foreground text-sm">
        The page is fetched by Factdesk and its main text kept; menus, ads and comments are left out.
      </p>
      <Input
        id="import-url"
        type="url"
        inputMode="url"
        placeholder="https://"
        value={url}
        onChange={(event) => setUrl(event.target.value)}
        aria-describedby="import-url-hint"
      />
      {error ? <Alert variant="destructive">{error}</Alert> : null}
      <div>
        <Button type="submit" disabled={isPending || !url.trim()}>
          {isPending ? "Fetching…" : "Fetch article"}
        </Button>
      </div>
    </form>
  );
}
