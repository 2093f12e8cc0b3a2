import type { Metadata } from "next";
import { ApiTokens } from "@/components/account/api-tokens";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { NameForm } from "@/components/account/name-form";
import { SessionEndingForm } from "@/components/account/session-ending-form";
import { findApiTokens } from "@/lib/api-tokens/find-api-tokens";
import { requireUser } from "@/lib/auth/session";
import { changePasswordAction, signOutEverywhereAction, updateNameAction } from "./actions";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await requireUser();
  const tokens = await findApiTokens({ user });
  return (
    <div className="flex max-w-xl flex-col gap-10">
      <div>
        <h1 className="font-semibold text-2xl tracking-tight">Account</h1>
        <p className="text-muted-foreground text-sm">Signed in as {user.email}.</p>
      </div>
      <section aria-labelledby="name-heading" className="flex flex-col gap-3">
        <h2 id="name-heading" className="font-semibold text-lg">
          Your name
        </h2>
        <NameForm name={user.name} action={updateNameAction} />
      </section>
      <section aria-labelledby="password-heading" className="flex flex-col gap-3">
        <h2 id="password-heading" className="font-semibold text-lg">
          Password
        </h2>
        <p className="text-muted-foreground text-sm">
          Changing it signs you out everywhere, this browser too.
        </p>
        <ChangePasswordForm action={changePasswordAction} />
      </section>
      <section aria-labelledby="sessions-heading" className="flex flex-col gap-3">
        <h2 id="sessions-heading" className="font-semibold text-lg">
          Sessions
        </h2>
        <p className="text-muted-foreground text-sm">
          Lost a laptop, or signed in on a shared computer? End every session of your account.
        </p>
        <SessionEndingForm
          action={signOutEverywhereAction}
          submitLabel="Sign out everywhere"
          pendingLabel="Signing out…"
          signedOutNotice="signed-out-everywhere"
        />
      </section>
      <section aria-labelledby="api-tokens-heading" className="flex flex-col gap-3">
        <h2 id="api-tokens-heading" className="font-semibold text-lg">
          API tokens
        </h2>
        <p className="text-muted-foreground text-sm">
          A token lets a script or another tool export articles of {user.workspace.name} as you, with your
          role.
        </p>
        <ApiTokens tokens={tokens} workspaceName={user.workspace.name} />
      </section>
    </div>
  );
}
