"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

type NewApiTokenProps = { name: string; token: string; workspaceName: string; onDismiss: () => void };

/** The token just created, shown this once: selectable, with Copy, and a warning that it will not be shown again. */
export function NewApiToken({ name, token, workspaceName, onDismiss }: NewApiTokenProps) {
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="flex flex-col gap-2 rounded-md border bg-muted/40 p-4 text-sm">
      <p>
        <strong>Copy your new token “{name}” now: it will not be shown again.</strong> It acts as you in{" "}
        {workspaceName}, with your role there; send it as <code>Authorization: Bearer &lt;token&gt;</code>.
      </p>
      <div className="flex gap-2">
        <Input
          readOnly
          value={token}
          aria-label="New API token"
          className="font-mono"
          onFocus={(event) => event.target.select()}
        />
        <Button
          variant="outline"
          onClick={async () => {
            await navigator.clipboard?.writeText(token).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? "Copied" : "Copy"}
        </Button>
        <Button variant="ghost" onClick={onDismiss}>
          Done
        </Button>
      </div>
    </div>
  );
}
