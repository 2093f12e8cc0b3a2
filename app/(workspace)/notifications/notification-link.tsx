"use client";

import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { Link } from "@/components/ui/link";
import { markNotificationReadAction } from "./actions";

type NotificationLinkProps = { href: string; mentionId: string; isUnread: boolean; children: ReactNode };

/**
 * A link to the claim a notification is about that marks it read first. A
 * plain click waits for that (so the badge is right on arrival); a click
 * that opens a new tab marks it read without waiting.
 */
export function NotificationLink({ href, mentionId, isUnread, children }: NotificationLinkProps) {
  const router = useRouter();
  return (
    <Link
      href={href}
      className="font-medium underline-offset-4 hover:underline"
      onClick={async (event) => {
        if (!isUnread) return;
        const opensElsewhere = event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0;
        if (opensElsewhere) return void markNotificationReadAction(mentionId);
        event.preventDefault();
        // Navigate even if marking failed: reading the claim matters more than the badge.
        await markNotificationReadAction(mentionId).catch(() => null);
        router.push(href);
      }}
    >
      {children}
    </Link>
  );
}
