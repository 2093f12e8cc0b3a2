"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import {
  markReadyForSignOffAction,
  reopenReviewAction,
  submitForReviewAction,
} from "@/app/(workspace)/articles/[articleId]/review-actions";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/execute-action";
import type { ReviewStatus } from "@/lib/generated/prisma/enums";
import { formatUtcDate } from "./article-date";
import { ReviewReopenForm } from "./review-reopen-form";
import { ReviewSignOff } from "./review-sign-off";
import { ReviewStatusBadge } from "./review-status-badge";

export type ReviewControlsProps = {
  articleId: string;
  status: ReviewStatus;
  /** The article revision this page showed: every review action carries it. */
  revision: number;
  canEdit: boolean;
  /** Review acts on the current version; an earlier one only shows where review stands. */
  isCurrentVersion: boolean;
  approval: {
    byName: string | null;
    at: Date | null;
    override: string | null;
    versionNumber: number | null;
  };
};

type Panel = "signOff" | "reopen" | null;

/**
 * The article's review status and the step its status allows next for this
 * user: submit, mark ready, sign off (with a confirmation naming who set the
 * verdicts), reopen. The server decides; the page refreshes after each step.
 */
export function ReviewControls(props: ReviewControlsProps) {
  const { articleId, status, revision } = props;
  const router = useRouter();
  const [panel, setPanel] = useState<Panel>(null);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const canAct = props.canEdit && props.isCurrentVersion;

  /** Runs a review action; success or a conflict refreshes the page (a conflict means it is out of date). */
  function run(action: () => Promise<ActionResult<unknown>>, onDone?: () => void) {
    setError(null);
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        setPanel(null);
        onDone?.();
      } else {
        setError(result.error);
      }
      if (result.ok || result.code === "CONFLICT") router.refresh();
    });
  }

  return (
    <section aria-label="Review" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <ReviewStatusBadge status={status} />
        <ApprovalLine status={status} approval={props.approval} />
        {canAct ? (
          <div className="ml-auto flex flex-wrap gap-2">
            {status === "DRAFT" ? (
              <Button
                size="sm"
                disabled={isPending}
                onClick={() => run(() => submitForReviewAction({ articleId, revision }))}
              >
                Submit for review
              </Button>
            ) : null}
            {status === "IN_REVIEW" ? (
              <Button
                size="sm"
                disabled={isPending}
                onClick={() => run(() => markReadyForSignOffAction({ articleId, revision }))}
              >
                Mark ready for sign-off
              </Button>
            ) : null}
            {status === "READY_FOR_SIGNOFF" ? (
              <Button
                size="sm"
                disabled={isPending}
                aria-expanded={panel === "signOff"}
                onClick={() => setPanel(panel === "signOff" ? null : "signOff")}
              >
                Sign off
              </Button>
            ) : null}
            {status === "READY_FOR_SIGNOFF" || status === "APPROVED" ? (
              <Button
                size="sm"
                variant="outline"
                disabled={isPending}
                aria-expanded={panel === "reopen"}
                onClick={() => setPanel(panel === "reopen" ? null : "reopen")}
              >
                Reopen review
              </Button>
            ) : null}
          </div>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="text-destructive text-sm">
          {error}
        </p>
      ) : null}
      {canAct && panel === "signOff" && status === "READY_FOR_SIGNOFF" ? (
        <ReviewSignOff articleId={articleId} revision={revision} isPending={isPending} run={run} />
      ) : null}
      {canAct && panel === "reopen" ? (
        <ReviewReopenForm
          isPending={isPending}
          onCancel={() => setPanel(null)}
          onSubmit={(reason, onDone) =>
            run(() => reopenReviewAction({ articleId, revision, reason }), onDone)
          }
        />
      ) : null}
    </section>
  );
}

function ApprovalLine({ status, approval }: Pick<ReviewControlsProps, "status" | "approval">) {
  if (!approval.byName || !approval.at || approval.versionNumber === null) return null;
  const lead = status === "APPROVED" ? "Approved" : "Last approved";
  return (
    <span className="text-muted-foreground">
      {lead} by {approval.byName} on{" "}
      <time dateTime={approval.at.toISOString()}>{formatUtcDate(approval.at)}</time> (version{" "}
      {approval.versionNumber})
      {approval.override ? <span className="block">Owner override: “{approval.override}”</span> : null}
    </span>
  );
}
