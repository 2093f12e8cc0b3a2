"use client";

import { type KeyboardEvent, useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import {
  findMentionQuery,
  matchMembers,
  mentionsStillInText,
  mentionToken,
} from "@/lib/comments/mention-text";
import { MAX_COMMENT_LENGTH } from "@/lib/comments/schemas";
import type { MemberOption } from "@/lib/members/find-member-options";

type DiscussionComposerProps = {
  members: MemberOption[];
  /** See DetailPartProps.focusRequest: a change (not the first value) focuses the textarea. */
  focusRequest: number;
  /** Posts the comment; answers the server's message on failure, null on success. */
  onPost: (comment: { body: string; mentionedUserIds: string[] }) => Promise<string | null>;
};

/**
 * The comment box. Typing "@" and letters lists matching members (arrows to
 * move, Enter or Tab to pick, Esc to close); picking writes "@Full Name "
 * and remembers who was meant. What was typed stays after a refusal.
 */
export function DiscussionComposer({ members, focusRequest, onPost }: DiscussionComposerProps) {
  const ids = { field: useId(), hint: useId(), list: useId() };
  const textarea = useRef<HTMLTextAreaElement>(null);
  const nextCaret = useRef<number | null>(null);
  const lastRequest = useRef(focusRequest);
  const [text, setText] = useState("");
  const [caret, setCaret] = useState(0);
  const [picked, setPicked] = useState<MemberOption[]>([]);
  const [activeIndex, setActiveIndex] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isPosting, setIsPosting] = useState(false);

  useEffect(() => {
    if (focusRequest === lastRequest.current) return;
    lastRequest.current = focusRequest;
    if (focusRequest > 0) textarea.current?.focus();
  }, [focusRequest]);

  // After a pick, put the caret after the inserted name (the textarea's value changed under it).
  useLayoutEffect(() => {
    if (nextCaret.current === null || !textarea.current) return;
    textarea.current.setSelectionRange(nextCaret.current, nextCaret.current);
    nextCaret.current = null;
  });

  const query = findMentionQuery(text, caret);
  const matches = query && query.start !== dismissedAt ? matchMembers(members, query.query) : [];
  const isOpen = matches.length > 0;
  const active = Math.min(activeIndex, Math.max(matches.length - 1, 0));
  const optionId = (index: number) => `${ids.list}-${index}`;

  function pick(member: MemberOption) {
    if (!query) return;
    const inserted = `${mentionToken(member.name)} `;
    const updated = text.slice(0, query.start) + inserted + text.slice(caret);
    nextCaret.current = query.start + inserted.length;
    setText(updated);
    setCaret(nextCaret.current);
    setPicked((earlier) => [...earlier, member]);
    setActiveIndex(0);
    textarea.current?.focus();
  }

  async function post() {
    if (isPosting) return;
    if (!text.trim()) return setError("Write a comment before posting it.");
    setIsPosting(true);
    const failure = await onPost({ body: text, mentionedUserIds: mentionsStillInText(text, picked) });
    setIsPosting(false);
    setError(failure);
    if (failure) return;
    setText("");
    setPicked([]);
    setDismissedAt(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (isOpen && !event.shiftKey) {
      const handled = ["ArrowDown", "ArrowUp", "Enter", "Tab", "Escape"].includes(event.key);
      if (!handled) return;
      event.preventDefault();
      // Esc closes the list only, not the claim panel around it.
      event.stopPropagation();
      if (event.key === "ArrowDown") setActiveIndex((active + 1) % matches.length);
      else if (event.key === "ArrowUp") setActiveIndex((active - 1 + matches.length) % matches.length);
      else if (event.key === "Escape") setDismissedAt(query?.start ?? null);
      else pick(matches[active] as MemberOption);
      return;
    }
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void post();
    }
  }

  return (
    <form
      aria-label="New comment"
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        void post();
      }}
    >
      <Label htmlFor={ids.field}>Comment</Label>
      <div className="relative">
        <Textarea
          ref={textarea}
          id={ids.field}
          rows={3}
          className="min-h-20"
          value={text}
          maxLength={MAX_COMMENT_LENGTH}
          aria-describedby={ids.hint}
          aria-invalid={error ? true : undefined}
          aria-autocomplete="list"
          aria-controls={isOpen ? ids.list : undefined}
          aria-activedescendant={isOpen ? optionId(active) : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setCaret(event.target.selectionStart);
            setActiveIndex(0);
          }}
          onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
          onBlur={() => setDismissedAt(query?.start ?? null)}
          onFocus={() => setDismissedAt(null)}
          onKeyDown={onKeyDown}
        />
        {isOpen ? (
          <div
            id={ids.list}
            role="listbox"
            aria-label="Members to mention"
            className="absolute top-full left-0 z-30 mt-1 max-h-60 w-full overflow-auto rounded-md border bg-card p-1 text-sm shadow-lg"
          >
            {matches.map((member, index) => (
              <div
                key={member.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                tabIndex={-1}
                className={`cursor-pointer rounded-sm px-2 py-1 ${index === active ? "bg-accent" : ""}`}
                // mousedown, not click: picking must not blur the textarea first (which closes the list).
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(member);
                }}
              >
                {member.name} <span className="text-muted-foreground text-xs">{member.email}</span>
              </div>
            ))}
          </div>
        ) : null}
      </div>
      <p id={ids.hint} className="text-muted-foreground text-xs">
        Type @ and a name to mention a member; they will see it in their notifications. Ctrl+Enter posts.
      </p>
      {error ? (
        <p role="alert" className="text-destructive text-sm">
          {error}
        </p>
      ) : null}
      <div>
        <Button type="submit" size="sm" disabled={isPosting}>
          {isPosting ? "Posting…" : "Post comment"}
        </Button>
      </div>
    </form>
  );
}
