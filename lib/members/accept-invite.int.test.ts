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

const newcomer = (token: string) => ({ token, name: "Newcomer", password: "long enough passphrase" });

describe("acceptInvite", () => {
  it("creates the account and the membership, and the new password signs in", async () => {
    const { token, email } = await invite();
    expect(await getInvitePreview({ prisma: prisma(), token })).toMatchObject({
      email,
      role: "EDITOR",
      workspaceName: "Invite Desk",
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

  it("shows an invitation to a registered address exactly like one to a new address", async () => {
    const registered = await invite();
    await acceptInvite({ prisma: prisma(), input: newcomer(registered.token) });
    const again = await invite({ email: registered.email });
    const fresh = await invite();
    const forRegistered = await getInvitePreview({ prisma: prisma(), token: again.token });
    const forNew = await getInvitePreview({ prisma: prisma(), token: fresh.token });
    // Everything the page is drawn from, but the address itself, is the same.
    expect({ ...forRegistered, email: "(address)" }).toEqual({ ...forNew, email: "(address)" });
    expect(Object.keys(forRegistered).sort()).toEqual(["email", "role", "workspaceName"]);
  });

  it("takes an existing account's own password, keeps its name and password, and ignores the name given", async () => {
    const first = await invite({ email: `exists-${randomUUID()}@invites.example` });
    await acceptInvite({ prisma: prisma(), input: newcomer(first.token) });
    const second = await invite({ email: first.email });
    const wrong = acceptInvite({
      prisma: prisma(),
      input: { token: second.token, name: "Impostor", password: "another long passphrase" },
    });
    await expect(wrong).rejects.toThrow(/not the password of the Factdesk account with this address/);
    await acceptInvite({
      prisma: prisma(),
      input: { token: second.token, name: "Someone Else", password: "long enough passphrase" },
    });
    const user = await prisma().user.findUniqueOrThrow({ where: { email: first.email } });
    expect(user.name).toBe("Newcomer");
    expect(
      await verifyCredentials({ prisma: prisma(), email: first.email, password: "long enough passphrase" }),
    ).not.toBeNull();
    const memberships = await prisma().membership.count({ where: { user: { email: first.email } } });
    expect(memberships).toBe(1); // both invitations were to the same workspace: one membership
  });

  it("answers a weak password in the same words whether or not the address has an account", async () => {
    const registered = await invite();
    await acceptInvite({ prisma: prisma(), input: newcomer(registered.token) });
    const again = await invite({ email: registered.email });
    const fresh = await invite();
    const refusal = (token: string) =>
      acceptInvite({ prisma: prisma(), input: { token, name: "Anyone", password: "password123" } }).then(
        () => "accepted",
        (error: Error) => error.message,
      );
    const [forRegistered, forNew] = [await refusal(again.token), await refusal(fresh.token)];
    expect(forRegistered).toBe("That password is one of the most common ones. Choose another.");
    expect(forNew).toBe(forRegistered);
    await expect(prisma().user.count({ where: { email: fresh.email } })).resolves.toBe(0);
  });

  it("counts wrong passwords against the address's sign-in limit, for a registered and a new address alike", async () => {
    const first = await invite();
    await acceptInvite({ prisma: prisma(), input: newcomer(first.token) });
    const second = await invite({ email: first.email });
    const fresh = await invite();
    const guess = (token: string, password: string) =>
      acceptInvite({ prisma: prisma(), input: { token, name: "Guesser", password } });
    for (let i = 0; i < 5; i++) {
      await expect(guess(second.token, `wrong guess number ${i}`)).rejects.toThrow(/not the password/);
      await expect(guess(fresh.token, `short${i}`)).rejects.toThrow(/at least 10 characters/);
    }
    await expect(guess(second.token, "long enough passphrase")).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    await expect(guess(fresh.token, "long enough passphrase")).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
  });
});
