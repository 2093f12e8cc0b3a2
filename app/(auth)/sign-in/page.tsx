import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { getSessionUser } from "@/lib/auth/session";
import { safeCallbackUrl } from "./safe-callback-url";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

type SignInPageProps = {
  searchParams: Promise<{ callbackUrl?: string | string[] }>;
};

export default async function SignInPage({ searchParams }: SignInPageProps) {
  if (await getSessionUser()) redirect("/articles");
  const { callbackUrl } = await searchParams;

  return (
    <main id="main" className="flex min-h-dvh items-center justify-center px-4 py-12">
      <Card className="w-full max-w-sm">
        <CardHeader>
          <h1 className="font-semibold text-2xl leading-tight">Sign in to Factdesk</h1>
          <CardDescription>Use the email and password your newsroom gave you.</CardDescription>
        </CardHeader>
        <CardContent>
          <SignInForm callbackUrl={safeCallbackUrl(callbackUrl)} />
        </CardContent>
      </Card>
    </main>
  );
}
