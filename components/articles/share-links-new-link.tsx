"use client";

import { useState } from "react";
import { formatUtcDateTime } from "@/components/articles/article-date";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** A share link just created, shown this once (only its hash is stored): selectable, with Copy. */
export function NewShareLink({ url, expiresAt }: { url: string; expiresAt: Date }) {
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="flex flex-col gap-2 rounded-md border bg-muted/40 p-3">
      <p>Copy this link now: it will not be shown again. It works until {formatUtcDateTime(expiresAt)}.</p>
      <div className="flex gap-2">
        <Input
          readOnly
          value={url}
          aria-label="New share link"
          className="h-8 font-mono"
          onFocus={(event) => event.target.select()}
        />
        <Button
          size="sm"
          variant="outline"
          onClick={async () => {
            await navigator.clipboard?.writeText(url).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
    </div>
  );
}
