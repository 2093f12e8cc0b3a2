"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const [isPending, setIsPending] = useState(false);

  async function onClick() {
    setIsPending(true);
    try {
      await signOut({ callbackUrl: "/sign-in" });
    } catch {
      // signOut navigates away on success; only a network failure lands here, so let the user retry.
      setIsPending(false);
    }
  }

  return (
    <Button variant="outline" size="sm" onClick={onClick} disabled={isPending}>
      {isPending ? "Signing out…" : "Sign out"}
    </Button>
  );
}
