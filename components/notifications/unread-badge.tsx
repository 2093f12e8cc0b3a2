import { cn } from "@/lib/utils";

/**
 * The unread count beside the "Notifications" link. The number is spoken as
 * part of the link's name ("Notifications, 3 unread"); nothing shows at zero.
 */
export function UnreadBadge({ count, className }: { count: number; className?: string }) {
  if (count <= 0) return null;
  return (
    <span
      data-testid="unread-count"
      className={cn(
        "ml-1 inline-flex min-w-5 items-center justify-center rounded-full bg-primary px-1.5 font-medium text-primary-foreground text-xs",
        className,
      )}
    >
      {count > 99 ? "99+" : count}
      <span className="sr-only"> unread</span>
    </span>
  );
}
