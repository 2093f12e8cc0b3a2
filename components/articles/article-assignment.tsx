"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { assignArticleAction } from "@/app/(workspace)/articles/[articleId]/assignment-actions";
import { formatUtcDate } from "@/components/articles/article-date";
import { AssigneeOptions } from "@/components/members/assignee-options";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { MemberOption } from "@/lib/members/find-member-options";

type ArticleAssignmentProps = {
  articleId: string;
  assigneeId: string | null;
  dueAt: Date | null;
  revision: number;
  canEdit: boolean;
  members: MemberOption[];
};

/** A stored due date (the end of a UTC day) as the date input's "YYYY-MM-DD". */
const dayOf = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

/**
 * Who reviews the whole article, and by when. The assignee saves on change;
 * the due date when the field is left (a date input changes on every
 * keystroke). A stale edit is refused: the page re-reads the article and the
 * editor's own choice is named beside the current one.
 */
export function ArticleAssignment(props: ArticleAssignmentProps) {
  const router = useRouter();
  const ids = { assignee: useId(), due: useId() };
  const savedDay = dayOf(props.dueAt);
  const [assigneeId, setAssigneeId] = useState(props.assigneeId ?? "");
  const [day, setDay] = useState(savedDay);
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // What the server last stored, read at save time: Enter and then leaving the field must not save twice.
  const saved = useRef({ assigneeId: props.assigneeId ?? "", day: savedDay, revision: props.revision });
  const inFlight = useRef(false);

  // A newer article from the server (after a save, a conflict, or someone else's change) wins.
  useEffect(() => {
    saved.current = { assigneeId: props.assigneeId ?? "", day: savedDay, revision: props.revision };
    setAssigneeId(props.assigneeId ?? "");
    setDay(savedDay);
  }, [props.assigneeId, savedDay, props.revision]);

  const current = props.members.find((member) => member.id === props.assigneeId);
  const isOverdue = props.dueAt !== null && props.dueAt.getTime() < Date.now();

  if (!props.canEdit) {
    return (
      <p className="text-sm">
        <span className="font-medium">Assignee:</span> {current?.name ?? "Unassigned"}
        {props.dueAt ? (
          <>
            {" "}
            · due {formatUtcDate(props.dueAt)}
            {isOverdue ? <span className="font-medium text-destructive"> (overdue)</span> : null}
          </>
        ) : null}
      </p>
    );
  }

  async function save(next: { assigneeId: string; day: string }) {
    if (inFlight.current) return;
    if (next.assigneeId === saved.current.assigneeId && next.day === saved.current.day) return;
    inFlight.current = true;
    setIsSaving(true);
    const result = await assignArticleAction({
      articleId: props.articleId,
      revision: saved.current.revision,
      assigneeId: next.assigneeId === "" ? null : next.assigneeId,
      dueAt: next.day === "" ? null : next.day,
    });
    inFlight.current = false;
    setIsSaving(false);
    if (result.ok) {
      setError(null);
      saved.current = { ...next, revision: result.data.revision };
      return;
    }
    if (result.code === "CONFLICT") {
      const name = props.members.find((member) => member.id === next.assigneeId)?.name ?? "Unassigned";
      setError(`${result.error} You chose: ${name}${next.day ? `, due ${next.day}` : ""}.`);
      router.refresh();
    } else {
      setError(result.error);
    }
  }

  // A half-typed date reads as "" (which would clear the due date): ask for the rest instead.
  function saveDay(input: HTMLInputElement) {
    if (input.validity.badInput) return setError("Finish the due date (day, month and year), or clear it.");
    void save({ assigneeId, day });
  }

  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <div className="flex items-center gap-2">
          <Label htmlFor={ids.assignee}>Assignee</Label>
          <Select
            id={ids.assignee}
            className="h-8 w-48 py-0"
            value={assigneeId}
            disabled={isSaving}
            onChange={(event) => {
              setAssigneeId(event.target.value);
              void save({ assigneeId: event.target.value, day });
            }}
          >
            <AssigneeOptions members={props.members} assigneeId={props.assigneeId} />
          </Select>
        </div>
        <div className="flex items-center gap-2">
          <Label htmlFor={ids.due}>Due date</Label>
          <Input
            id={ids.due}
            type="date"
            className="h-8 w-40 py-0"
            value={day}
            aria-describedby={isOverdue ? `${ids.due}-overdue` : undefined}
            onChange={(event) => setDay(event.target.value)}
            onBlur={(event) => saveDay(event.currentTarget)}
            onKeyDown={(event) => {
              if (event.key === "Enter") saveDay(event.currentTarget);
            }}
          />
          {isOverdue ? (
            <span id={`${ids.due}-overdue`} className="font-medium text-destructive">
              Overdue
            </span>
          ) : null}
        </div>
      </div>
      {error ? (
        <p role="alert" className="text-destructive text-sm">
          {error}
        </p>
      ) : null}
    </div>
  );
}
