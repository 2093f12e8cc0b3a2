import type { Metadata } from "next";
import { ROLE_LABELS } from "@/components/members/role-label";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getInvitePreview } from "@/lib/members/accept-invite";
import { AcceptInviteForm } from "./accept-invite-form";

export const metadata: Metadata = { title: "Join a workspace", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

/** The same words whether or not the address has an account: the page must not tell which. */
const INVITE_EXPLANATION =
  "If you already have a Factdesk account with this address, enter its password (your name there stays as it is); otherwise choose your name and a new password.";

type InvitePageProps = { params: Promise<{ token: string }> };

export default async function InvitePage({ params }: InvitePageProps) {
  const { token } = await params;
  let preview: Awaited<ReturnType<typeof getInvitePreview>> | undefined;
  let problem: string | undefined;
  try {
    preview = await getInvitePreview({ prisma: getPrisma(), token });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    problem = error.message;
  }

  return (
    <main id="main" className="flex min-h-dvh items-center justify-center px-4 py-12">
      <Card className="w-full max-w-md">
        <CardHeader>
          <h1 className="font-semibold text-2xl leading-tight">
            {preview ? `Join ${preview.workspaceName}` : "Invitation"}
          </h1>
          {preview ? (
            <CardDescription>
              You are invited as {ROLE_LABELS[preview.role].toLowerCase()}. {INVITE_EXPLANATION}
            </CardDescription>
          ) : null}
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          {preview ? (
            <AcceptInviteForm token={token} email={preview.email} />
          ) : (
            <>
              <Alert variant="destructive">{problem}</Alert>
              <Link href="/sign-in" className="text-sm underline">
                Go to sign in
              </Link>
            </>
          )}
        </CardContent>
      </Card>
    </main>
  );
}
