// Protects: an invitation link lets exactly one person in, once, before it expires, and says why when it cannot.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { setupAppDatabase } from "@/lib/testing/app-database";
import { acceptInvite, getInvitePreview } from "./accept-invite";
import { createInviteToken } from "./invite-token";

const prisma = setupAppDatabase();
let workspaceId: string;
let ownerId: string;

beforeAll(async () => {
  const workspace = await prisma().workspace.create({
    data: { slug: `invites-${randomUUID()}`, name: "Invite Desk" },
  });
  const owner = await prisma().user.create({
    data: { email: `owner-${randomUUID()}@invites.example`, name: "Owner" },
  });
  workspaceId = workspace.id;
  ownerId = owner.id;
});

async function invite(options: { email?: string; expiresInMs?: number } = {}) {
  const { token, tokenHash } = createInviteToken();
  const email = options.email ?? `new-${randomUUID()}@invites.example`;
  await prisma().invite.create({
    data: {
      workspaceId,
      email,
      role: "EDITOR",
      tokenHash,
      expiresAt: new Date(Date.now() + (options.expiresInMs ?? 60_000)),
      invitedById: ownerId,
    },
  });
  return { token, email };
}

const newcomer = (token: string) =>
  ({ hasAccount: false, token, name: "Newcomer", password: "long enough passphrase" }) as const;

describe("acceptInvite", () => {
  it("creates the account and the membership, and the new password signs in", async () => {
    const { token, email } = await invite();
    expect(await getInvitePreview({ prisma: prisma(), token })).toMatchObject({
      email,
      role: "EDITOR",
      workspaceName: "Invite Desk",
      hasAccount: false,
    });
    await acceptInvite({ prisma: prisma(), input: newcomer(token) });
    const user = await verifyCredentials({ prisma: prisma(), email, password: "long enough passphrase" });
    const membership = await prisma().membership.findFirst({ where: { userId: user?.id, workspaceId } });
    expect(membership?.role).toBe("EDITOR");
  });

  it("works once: a second use is refused and creates nothing", async () => {
    const { token } = await invite();
    await acceptInvite({ prisma: prisma(), input: newcomer(token) });
    const users = await prisma().user.count();
    await expect(acceptInvite({ prisma: prisma(), input: newcomer(token) })).rejects.toThrow(
      /already been used/,
    );
    expect(await prisma().user.count()).toBe(users);
  });

  it("lets only one of two simultaneous acceptances through", async () => {
    const { token } = await invite();
    const results = await Promise.allSettled([
      acceptInvite({ prisma: prisma(), input: newcomer(token) }),
      acceptInvite({ prisma: prisma(), input: newcomer(token) }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
  });

  it("refuses an expired link", async () => {
    const { token } = await invite({ expiresInMs: -1000 });
    await expect(getInvitePreview({ prisma: prisma(), token })).rejects.toThrow(/expired/);
    await expect(acceptInvite({ prisma: prisma(), input: newcomer(token) })).rejects.toThrow(/expired/);
  });

  it("refuses a made-up or malformed token without saying more", async () => {
    await expect(getInvitePreview({ prisma: prisma(), token: createInviteToken().token })).rejects.toThrow(
      /not valid/,
    );
    await expect(getInvitePreview({ prisma: prisma(), token: "../../etc" })).rejects.toThrow(/not valid/);
  });

  it("asks an existing account for its own password, and keeps it", async () => {
    const first = await invite({ email: `exists-${randomUUID()}@invites.example` });
    await acceptInvite({ prisma: prisma(), input: { ...newcomer(first.token) } });
    const second = await invite({ email: first.email });
    await expect(
      acceptInvite({
        prisma: prisma(),
        input: { hasAccount: true, token: second.token, password: "wrong one" },
      }),
    ).rejects.toThrow(/not the password/);
    await acceptInvite({
      prisma: prisma(),
      input: { hasAccount: true, token: second.token, password: "long enough passphrase" },
    });
    const memberships = await prisma().membership.count({ where: { user: { email: first.email } } });
    expect(memberships).toBe(1); // both invitations were to the same workspace: one membership
  });

  it("counts wrong passwords of an existing account against its sign-in limit", async () => {
    const first = await invite();
    await acceptInvite({ prisma: prisma(), input: newcomer(first.token) });
    const second = await invite({ email: first.email });
    const guess = (password: string) =>
      acceptInvite({ prisma: prisma(), input: { hasAccount: true, token: second.token, password } });
    for (let i = 0; i < 5; i++) await expect(guess(`guess-${i}`)).rejects.toThrow(/not the password/);
    await expect(guess("long enough passphrase")).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});
