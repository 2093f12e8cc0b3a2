import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { requireUser } from "@/lib/auth/session";

// Every page here depends on who is signed in, so nothing may be prerendered or shared between users.
export const dynamic = "force-dynamic";

export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();

  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b bg-card">
        <div className="mx-auto flex h-14 w-full max-w-6xl items-center gap-4 px-4 sm:px-6">
          <Link href="/articles" className="font-semibold text-lg tracking-tight">
            Factdesk
          </Link>
          <span className="truncate text-muted-foreground text-sm" data-testid="active-workspace">
            Newsroom: {user.workspace.name}
          </span>
          <div className="ml-auto flex items-center gap-3">
            <span className="max-w-48 truncate text-sm">{user.name}</span>
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
