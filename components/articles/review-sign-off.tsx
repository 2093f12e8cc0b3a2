"use client";

import { useEffect, useState } from "react";
import { checkSignOffAction, signOffAction } from "@/app/(workspace)/articles/[articleId]/review-actions";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/actions/execute-action";
import type { SignOffCheck } from "@/lib/review/check-sign-off";
import { MIN_OVERRIDE_REASON } from "@/lib/review/schemas";

type ReviewSignOffProps = {
  articleId: string;
  revision: number;
  isPending: boolean;
  run: (action: () => Promise<ActionResult<unknown>>, onDone?: () => void) => void;
};

/**
 * The sign-off confirmation: who set the verdicts, whether the two-person
 * rule lets this user sign, and for a blocked owner the override with a
 * written reason. The server checks all of it again on sign-off.
 */
export function ReviewSignOff({ articleId, revision, isPending, run }: ReviewSignOffProps) {
  const [check, setCheck] = useState<SignOffCheck | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState("");

  useEffect(() => {
    let isCurrent = true;
    checkSignOffAction({ articleId }).then((result) => {
      if (!isCurrent) return;
      if (result.ok) setCheck(result.data);
      else setError(result.error);
    });
    return () => {
      isCurrent = false;
    };
  }, [articleId]);

  if (error) {
    return (
      <p role="alert" className="text-destructive text-sm">
        {error}
      </p>
    );
  }
  if (!check) return <p className="text-muted-foreground text-sm">Checking who set the verdicts…</p>;
  const own = check.setters.find((setter) => setter.isYou);
  return (
    <section aria-label="Sign off" className="flex flex-col gap-3 rounded-md border bg-card p-3 text-sm">
      <p>{describeSetters(check.setters)}</p>
      {check.open.unreviewed + check.open.orphaned > 0 ? (
        <p className="text-destructive">
          {check.open.unreviewed > 0 ? `${count(check.open.unreviewed, "claim")} still unreviewed. ` : null}
          {check.open.orphaned > 0 ? `${count(check.open.orphaned, "claim")} to re-attach or retire.` : null}
        </p>
      ) : null}
      {own ? (
        <p className="font-medium">
          You set verdicts on {count(own.claims, "claim")}; a second editor must sign off.
        </p>
      ) : (
        <p>Signing off approves the current version and freezes its claims until review reopens.</p>
      )}
      {check.canOverride ? (
        <form
          className="flex flex-col gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            run(() => signOffAction({ articleId, revision, override: { reason } }));
          }}
        >
          <Label htmlFor="override-reason">Override reason</Label>
          <p id="override-reason-hint" className="text-muted-foreground text-xs">
            As an owner you may sign off anyway. Say why (at least {MIN_OVERRIDE_REASON} characters): it is
            recorded with the approval.
          </p>
          <Textarea
            id="override-reason"
            aria-describedby="override-reason-hint"
            rows={2}
            className="min-h-16"
            maxLength={2000}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <div>
            <Button type="submit" size="sm" variant="destructive" disabled={isPending}>
              {isPending ? "Signing off…" : "Sign off with override"}
            </Button>
          </div>
        </form>
      ) : null}
      {own ? null : (
        <div>
          <Button
            size="sm"
            disabled={isPending}
            onClick={() => run(() => signOffAction({ articleId, revision }))}
          >
            {isPending ? "Signing off…" : "Confirm sign-off"}
          </Button>
        </div>
      )}
    </section>
  );
}

function describeSetters(setters: SignOffCheck["setters"]): string {
  if (setters.length === 0) return "No claim on this article carries a verdict.";
  const names = setters.map(
    (setter) => `${setter.isYou ? "you" : setter.name} (${count(setter.claims, "claim")})`,
  );
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return `Verdicts set by ${list}.`;
}

function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? "" : "s"}`;
}
