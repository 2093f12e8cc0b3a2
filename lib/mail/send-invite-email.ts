import nodemailer from "nodemailer";
import { z } from "zod";
import { ZEmail } from "@/lib/auth/schemas";
import { readEnv } from "@/lib/env";

// Header-bound text: no line breaks (they would end the header), no absurd lengths.
const ZOneLine = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .transform((value) => value.replace(/[\r\n\t]+/g, " "));

export const ZInviteEmail = z.object({
  to: ZEmail,
  workspaceName: ZOneLine,
  inviterName: ZOneLine,
  link: z.url({ protocol: /^https?$/ }),
  expiresAt: z.date(),
});
export type InviteEmail = z.input<typeof ZInviteEmail>;

/** `sent: false` without `error` means e-mail is off (no SMTP_URL); with it, why sending failed. */
export type SendInviteEmailResult = { sent: true } | { sent: false; error?: string };

// An unreachable or silent server must not hold an owner's request for nodemailer's default two minutes.
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

/**
 * Mails an invitation link when SMTP_URL is set. Never throws: the link is
 * always shown on screen to copy, so a mail failure is logged and returned,
 * not allowed to fail the invitation.
 */
export async function sendInviteEmail(invite: InviteEmail): Promise<SendInviteEmailResult> {
  let env: ReturnType<typeof readEnv>;
  try {
    env = readEnv();
  } catch (error) {
    return failed(invite.to, error);
  }
  if (!env.SMTP_URL) return { sent: false };
  const parsed = ZInviteEmail.safeParse(invite);
  if (!parsed.success) return failed(invite.to, new Error(parsed.error.issues[0]?.message));
  const message = parsed.data;
  const transport = nodemailer.createTransport(env.SMTP_URL, TIMEOUTS);
  try {
    await transport.sendMail({
      from: env.MAIL_FROM,
      to: message.to,
      subject: `${message.inviterName} invited you to ${message.workspaceName} on Factdesk`,
      text: composeText(message),
    });
    return { sent: true };
  } catch (error) {
    return failed(message.to, error);
  } finally {
    transport.close();
  }
}

function composeText(message: z.output<typeof ZInviteEmail>): string {
  return [
    `${message.inviterName} invited you to join ${message.workspaceName} on Factdesk, the fact-check workspace.`,
    "",
    "Accept the invitation:",
    message.link,
    "",
    `The link works once and expires on ${message.expiresAt.toUTCString()}.`,
    "If you did not expect this invitation, ignore this e-mail.",
    "",
  ].join("\n");
}

function failed(to: unknown, error: unknown): SendInviteEmailResult {
  const reason = error instanceof Error ? error.message : String(error);
  // The link is a credential: logged never, only the address and the reason.
  console.error(`The invitation e-mail to ${String(to)} could not be sent: ${reason}`);
  return { sent: false, error: reason };
}
