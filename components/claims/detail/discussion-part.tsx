"use client";

import { useState } from "react";
import {
  addCommentAction,
  deleteCommentAction,
} from "@/app/(workspace)/articles/[articleId]/discussion-actions";
import { CommentBody } from "@/components/notifications/comment-body";
import { formatRelativeTime } from "@/components/notifications/relative-time";
import { Button } from "@/components/ui/button";
import type { CommentView } from "@/lib/claims/claim-detail";
import { DiscussionComposer } from "./discussion-composer";
import type { DetailPartProps } from "./types";

/**
 * The claim's discussion, oldest first, and (for editors and owners) the
 * comment box with @mentions. Authors may delete their comments; owners any.
 */
export function DiscussionPart(props: DetailPartProps) {
  const { detail, members, userId, onChanged } = props;
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [deletingId, setDeletingId] = useState<string | null>(null);
  const isOwner = members.some((member) => member.id === userId && member.role === "OWNER");
  const now = new Date();

  async function remove(comment: CommentView) {
    if (!window.confirm("Delete this comment? Its mentions disappear from notifications too.")) return;
    setDeletingId(comment.id);
    const result = await deleteCommentAction({ commentId: comment.id });
    setDeletingId(null);
    setDeleteError(result.ok ? null : result.error);
    onChanged();
  }

  return (
    <div className="flex flex-col gap-3">
      {detail.comments.length === 0 ? (
        <p className="text-muted-foreground text-sm">
          {props.canEdit
            ? "No comments yet. Ask a question or leave a note for whoever checks this next; @ mentions notify them."
            : "No comments yet."}
        </p>
      ) : (
        <ol aria-label="Comments" className="flex flex-col gap-3">
          {detail.comments.map((comment) => (
            <li key={comment.id} className="flex flex-col gap-1 rounded-md border p-2 text-sm">
              <div className="flex items-baseline justify-between gap-2">
                <span>
                  <span className="font-medium">{comment.authorName}</span>{" "}
                  <time
                    className="text-muted-foreground text-xs"
                    dateTime={comment.createdAt.toISOString()}
                    title={comment.createdAt.toISOString()}
                  >
                    {formatRelativeTime(comment.createdAt, now)}
                  </time>
                </span>
                {props.canEdit && (comment.authorId === userId || isOwner) ? (
                  <Button
                    size="sm"
                    variant="ghost"
                    className="h-6 px-2"
                    aria-label={`Delete comment by ${comment.authorName}`}
                    disabled={deletingId === comment.id}
                    onClick={() => remove(comment)}
                  >
                    Delete
                  </Button>
                ) : null}
              </div>
              <CommentBody body={comment.body} mentions={comment.mentions} />
            </li>
          ))}
        </ol>
      )}
      {deleteError ? (
        <p role="alert" className="text-destructive text-sm">
          {deleteError}
        </p>
      ) : null}
      {props.canEdit ? (
        <DiscussionComposer
          members={members}
          focusRequest={props.focusRequest}
          onPost={async (comment) => {
            const result = await addCommentAction({ claimId: detail.claim.id, ...comment });
            if (!result.ok) return result.error;
            onChanged();
            return null;
          }}
        />
      ) : (
        <p className="text-muted-foreground text-xs">
          Viewers can read the discussion; editors and owners comment.
        </p>
      )}
    </div>
  );
}
