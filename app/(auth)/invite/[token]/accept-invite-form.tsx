"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useActionState, useEffect, useRef } from "react";
import { FieldError } from "@/components/forms/form-feedback";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { acceptInviteAction } from "./actions";

type AcceptInviteFormProps = { token: string; email: string };

/**
 * The same fields for everyone, whether or not the address has an account (the page must not tell
 * a link's holder which addresses are registered): a name and a password. The server decides, and
 * then the person is signed in.
 */
export function AcceptInviteForm({ token, email }: AcceptInviteFormProps) {
  const [state, formAction, isPending] = useActionState(acceptInviteAction, null);
  const password = useRef("");
  const router = useRouter();

  useEffect(() => {
    if (!state?.ok) return;
    signIn("credentials", { email: state.email, password: password.current, redirect: false }).then(
      (result) => {
        router.push(result?.ok ? "/articles" : "/sign-in");
        router.refresh();
      },
    );
  }, [state, router]);

  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        password.current = String(new FormData(event.currentTarget).get("password") ?? "");
      }}
      className="flex flex-col gap-4"
    >
      <input type="hidden" name="token" value={token} />
      {state && !state.ok ? <Alert variant="destructive">{state.error}</Alert> : null}
      {state?.ok ? <Alert>Welcome aboard. Signing you in…</Alert> : null}
      <div className="flex flex-col gap-2">
        <Label htmlFor="invite-email">Email</Label>
        <Input id="invite-email" value={email} readOnly autoComplete="username" />
      </div>
      <div className="flex flex-col gap-2">
        <Label htmlFor="name">Your name</Label>
        <Input
          id="name"
          name="name"
          required
          autoComplete="name"
          aria-describedby="name-error"
          defaultValue={state?.ok ? "" : state?.values?.name}
        />
        <FieldError state={state} name="name" />
      </div>
      <div className="flex flex-col gap-2">
        <Label htmlFor="password">Password</Label>
        <Input
          id="password"
          name="password"
          type="password"
          required
          autoComplete="current-password"
          aria-describedby="password-error password-hint"
        />
        <p id="password-hint" className="text-muted-foreground text-xs">
          A new password needs at least 10 characters; a few unrelated words make a good one.
        </p>
        <FieldError state={state} name="password" />
      </div>
      <Button type="submit" disabled={isPending || state?.ok === true}>
        {isPending ? "Joining…" : "Accept invitation"}
      </Button>
    </form>
  );
}
