import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { getSessionUser } from "@/lib/auth/session";
import { safeCallbackUrl } from "./safe-callback-url";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

// Why the user landed here, after something that ended their sessions.
const NOTICES: Record<string, string> = {
  "password-changed": "Your password is changed and every session has ended. Sign in with the new password.",
  "signed-out-everywhere": "Every session of your account has ended, on every device.",
};

type SignInPageProps = {
  searchParams: Promise<{ callbackUrl?: string | string[]; notice?: string | string[] }>;
};

export default async function SignInPage({ searchParams }: SignInPageProps) {
  if (await getSessionUser()) redirect("/articles");
  const { callbackUrl, notice } = await searchParams;
  const noticeText = typeof notice === "string" ? NOTICES[notice] : undefined;

  return (
    <main id="main" className="flex min-h-dvh items-center justify-center px-4 py-12">
      <Card className="w-full max-w-sm">
        <CardHeader>
          <h1 className="font-semibold text-2xl leading-tight">Sign in to Factdesk</h1>
          <CardDescription>Use the email and password your newsroom gave you.</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          {noticeText ? <Alert>{noticeText}</Alert> : null}
          <SignInForm callbackUrl={safeCallbackUrl(callbackUrl)} />
        </CardContent>
      </Card>
    </main>
  );
}
