import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { ROLE_LABELS } from "@/components/members/role-label";
import { UnreadBadge } from "@/components/notifications/unread-badge";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/components/ui/link";
import { WorkspaceSwitcher } from "@/components/workspaces/workspace-switcher";
import { requireUser } from "@/lib/auth/session";
import { countUnread } from "@/lib/notifications/count-unread";
import { findMyWorkspaces } from "@/lib/workspaces/find-my-workspaces";
import { switchWorkspaceAction } from "./workspace-actions";

// Every page here depends on who is signed in, so nothing may be prerendered or shared between users.
export const dynamic = "force-dynamic";

const NAVIGATION = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/queue", label: "My queue" },
  { href: "/articles", label: "Articles" },
  { href: "/sources", label: "Sources" },
  { href: "/members", label: "Members" },
  { href: "/notifications", label: "Notifications" },
  { href: "/account", label: "Account" },
];

export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const workspaces = await findMyWorkspaces({ userId: user.id });
  // One indexed count per render; marking notifications read revalidates this layout.
  const unreadMentions = await countUnread(user);

  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b bg-card">
        <div className="mx-auto flex min-h-14 w-full max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2 sm:px-6">
          <Link href="/articles" className="font-semibold text-lg tracking-tight">
            Factdesk
          </Link>
          <WorkspaceSwitcher
            workspaces={workspaces}
            activeId={user.workspace.id}
            action={switchWorkspaceAction}
          />
          <nav aria-label="Main" className="flex items-center gap-4 text-sm">
            {NAVIGATION.map((item) => (
              <Link key={item.href} href={item.href} className="text-muted-foreground hover:text-foreground">
                {item.label}
                {item.href === "/notifications" ? <UnreadBadge count={unreadMentions} /> : null}
              </Link>
            ))}
          </nav>
          <div className="ml-auto flex items-center gap-3">
            <span className="max-w-48 truncate text-sm">{user.name}</span>
            <Badge variant="secondary" data-testid="active-role">
              {ROLE_LABELS[user.role]}
            </Badge>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
        {children}
      </main>
    </div>
  );
}
