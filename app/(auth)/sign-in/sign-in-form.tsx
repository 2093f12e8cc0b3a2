"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

type SignInFormProps = {
  /** Already checked to be a same-origin path. */
  callbackUrl: string;
};

const GENERIC_FAILURE = "Sign-in failed. Please try again.";

function describeError(error: string): string {
  // next-auth reports every wrong email/password as CredentialsSignin. Other codes (e.g. rate limiting) carry
  // a message meant for the user, but an exception thrown while authorizing arrives here too, stack and all:
  // only a short one-line message is shown as it is.
  if (error === "CredentialsSignin") return "Email or password is incorrect.";
  return error.length <= 160 && !error.includes("\n") ? error : GENERIC_FAILURE;
}

export function SignInForm({ callbackUrl }: SignInFormProps) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);

  // onSubmit rather than a form action: React resets a form after its action runs, and a failed sign-in
  // must keep what the user typed.
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setIsPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
        callbackUrl,
      });
      if (!result || result.error) {
        setError(result?.error ? describeError(result.error) : GENERIC_FAILURE);
        setIsPending(false);
        return;
      }
      // Stay pending while the next page loads, so the button can't be pressed twice.
      router.push(callbackUrl);
      router.refresh();
    } catch {
      setError("Could not reach Factdesk. Check your connection and try again.");
      setIsPending(false);
    }
  }

  const errorId = error ? "sign-in-error" : undefined;

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4">
      {error ? (
        <Alert id="sign-in-error" variant="destructive">
          {error}
        </Alert>
      ) : null}
      <div className="flex flex-col gap-2">
        <Label htmlFor="email">Email</Label>
        <Input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          aria-describedby={errorId}
        />
      </div>
      <div className="flex flex-col gap-2">
        <Label htmlFor="password">Password</Label>
        <Input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-describedby={errorId}
        />
      </div>
      <Button type="submit" disabled={isPending}>
        {isPending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
