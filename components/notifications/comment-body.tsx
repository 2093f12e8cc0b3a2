import { splitMentions } from "@/lib/comments/mention-text";
import { cn } from "@/lib/utils";

type CommentBodyProps = {
  body: string;
  mentions: readonly { userId: string; name: string }[];
  className?: string;
};

/**
 * A comment as plain text (React escapes it: markup stays visible as typed),
 * line breaks kept, with each "@Name" of a mentioned member highlighted.
 */
export function CommentBody({ body, mentions, className }: CommentBodyProps) {
  const segments = splitMentions(body, mentions);
  return (
    <p className={cn("whitespace-pre-wrap break-words", className)}>
      {segments.map((segment, index) =>
        segment.mentionUserId ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are derived from the text and never reorder.
          <span key={index} className="rounded-sm bg-primary/10 px-0.5 font-medium text-primary">
            {segment.text}
          </span>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above.
          <span key={index}>{segment.text}</span>
        ),
      )}
    </p>
  );
}
