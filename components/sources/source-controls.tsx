"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { deleteSourceAction, snapshotSourceAction } from "@/app/(workspace)/sources/actions";
import { Button } from "@/components/ui/button";

/** Captures a snapshot of the source's page now; the page then lists it. */
export function SnapshotButton({ sourceId, hasUrl }: { sourceId: string; hasUrl: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [isCapturing, setIsCapturing] = useState(false);
  return (
    <div className="flex flex-col gap-2">
      <Button
        variant="outline"
        className="self-start"
        disabled={isCapturing || !hasUrl}
        onClick={async () => {
          setIsCapturing(true);
          setMessage(null);
          const result = await snapshotSourceAction({ sourceId });
          setIsCapturing(false);
          setMessage(
            result.ok
              ? { ok: true, text: `Snapshot captured (SHA-256 ${result.data.sha256.slice(0, 12)}…).` }
              : { ok: false, text: result.error },
          );
          if (result.ok) router.refresh();
        }}
      >
        {isCapturing ? "Capturing…" : "Capture snapshot"}
      </Button>
      {!hasUrl ? (
        <p className="text-muted-foreground text-xs">Add the source's URL to capture its page.</p>
      ) : null}
      {message ? (
        <p
          role={message.ok ? "status" : "alert"}
          className={message.ok ? "text-sm" : "text-destructive text-sm"}
        >
          {message.text}
        </p>
      ) : null}
    </div>
  );
}

/** Deletes the source after a second click; refused (with the reason) while claims cite it. */
export function DeleteSourceButton({ sourceId, title }: { sourceId: string; title: string }) {
  const router = useRouter();
  const [isConfirming, setIsConfirming] = useState(false);
  const [isDeleting, setIsDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex gap-2">
        {isConfirming ? (
          <>
            <Button
              variant="destructive"
              disabled={isDeleting}
              aria-label={`Confirm deleting ${title}`}
              onClick={async () => {
                setIsDeleting(true);
                const result = await deleteSourceAction({ sourceId });
                setIsDeleting(false);
                setIsConfirming(false);
                if (result.ok) return router.push("/sources");
                setError(result.error);
                router.refresh();
              }}
            >
              {isDeleting ? "Deleting…" : "Delete for good"}
            </Button>
            <Button variant="ghost" onClick={() => setIsConfirming(false)}>
              Keep it
            </Button>
          </>
        ) : (
          <Button
            variant="outline"
            onClick={() => {
              setError(null);
              setIsConfirming(true);
            }}
          >
            Delete source
          </Button>
        )}
      </div>
      {error ? (
        <p role="alert" className="text-destructive text-sm">
          {error}
        </p>
      ) : null}
    </div>
  );
}
