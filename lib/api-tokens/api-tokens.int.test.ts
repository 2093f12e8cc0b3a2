// Protects: a personal API token acts as its user only while it is live, never outlives its user's
// membership, and is never stored in a form that would work if the database leaked.
import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import type { SessionUser } from "@/lib/auth/session-user";
import { createDesk } from "@/lib/comments/testing/desk-fixture";
import { AppError } from "@/lib/errors";
import { setupAppDatabase } from "@/lib/testing/app-database";
import { createApiToken, revokeApiToken } from "./actions";
import { authenticateApiToken } from "./authenticate";
import { findApiTokens } from "./find-api-tokens";
import { hashApiToken } from "./token";

const prisma = setupAppDatabase();
let editor: SessionUser;
let viewer: SessionUser;

beforeAll(async () => {
  const desk = await createDesk(prisma(), "Token Desk");
  editor = await desk.addMember("EDITOR", "Tess Token");
  viewer = await desk.addMember("VIEWER", "Val Viewer");
});

const withBearer = (token: string) =>
  new Request("http://factdesk.test/api/articles/x/export", {
    headers: { Authorization: `Bearer ${token}` },
  });

async function create(user: SessionUser, input: Record<string, unknown> = { name: "CMS export" }) {
  const result = await executeAction(createApiToken, user, input);
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

async function refusal(request: Request, now?: Date): Promise<string> {
  const error = await authenticateApiToken(request, now).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("UNAUTHORIZED");
  return (error as AppError).message;
}

describe("apiTokens.create → authenticateApiToken → apiTokens.revoke", () => {
  it("acts as the user while live and is refused once revoked", async () => {
    const created = await create(viewer, { name: "  Archive sync  ", expiresInDays: 90 });
    expect(created.token).toMatch(/^fdt_[A-Za-z0-9_-]{43}$/);
    expect(created).toMatchObject({ name: "Archive sync", prefix: created.token.slice(0, 12) });
    const days = ((created.expiresAt?.getTime() ?? 0) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThanOrEqual(90);

    expect(await authenticateApiToken(withBearer(created.token))).toEqual({
      id: viewer.id,
      email: viewer.email,
      name: viewer.name,
      workspace: viewer.workspace,
      role: "VIEWER",
    });

    const revoked = await executeAction(revokeApiToken, viewer, { tokenId: created.id });
    expect(revoked.ok).toBe(true);
    expect(await refusal(withBearer(created.token))).toMatch(/was revoked/);
    expect((await findApiTokens({ user: viewer })).map((token) => token.id)).not.toContain(created.id);
    const log = await prisma().auditEvent.findMany({
      where: { entityId: created.id },
      orderBy: { id: "asc" },
      select: { action: true, actorId: true },
    });
    expect(log).toEqual([
      { action: "api_token.created", actorId: viewer.id },
      { action: "api_token.revoked", actorId: viewer.id },
    ]);
  });

  it("stores the token's SHA-256 and a short prefix, never the token", async () => {
    const created = await create(editor);
    const row = await prisma().apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(hashApiToken(created.token));
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.prefix).toBe(created.token.slice(0, 12));
    expect(JSON.stringify(row)).not.toContain(created.token.slice(12));
    const audit = await prisma().auditEvent.findFirstOrThrow({
      where: { entityId: created.id },
      select: { before: true, after: true },
    });
    expect(JSON.stringify(audit)).not.toContain(created.token.slice(12));
  });

  it("uses the user's current role, not the role they had when creating it", async () => {
    const created = await create(editor);
    await prisma().membership.update({
      where: { workspaceId_userId: { workspaceId: editor.workspace.id, userId: editor.id } },
      data: { role: "VIEWER" },
    });
    try {
      expect(await authenticateApiToken(withBearer(created.token))).toMatchObject({ role: "VIEWER" });
    } finally {
      await prisma().membership.update({
        where: { workspaceId_userId: { workspaceId: editor.workspace.id, userId: editor.id } },
        data: { role: "EDITOR" },
      });
    }
  });

  it("refuses an expired token, and one whose user has left the workspace", async () => {
    const expiring = await create(editor, { name: "Short", expiresInDays: 30 });
    const later = new Date(Date.now() + 31 * 86_400_000);
    expect(await refusal(withBearer(expiring.token), later)).toMatch(/expired on \d{4}-\d{2}-\d{2}/);

    const desk = await createDesk(prisma(), "Leaving Desk");
    const leaver = await desk.addMember("EDITOR", "Lee Leaver");
    const created = await create(leaver);
    expect(await authenticateApiToken(withBearer(created.token))).toMatchObject({ id: leaver.id });
    await prisma().membership.deleteMany({ where: { userId: leaver.id } });
    expect(await refusal(withBearer(created.token))).toMatch(/no longer a member of Leaving Desk/);
  });

  it("returns null without a bearer header, and refuses malformed and unknown tokens", async () => {
    expect(await authenticateApiToken(new Request("http://factdesk.test/"))).toBeNull();
    const basic = new Request("http://factdesk.test/", { headers: { Authorization: "Basic dXNlcjpwYXNz" } });
    expect(await authenticateApiToken(basic)).toBeNull();
    expect(await refusal(withBearer("not-a-token"))).toMatch(/not a Factdesk API token/);
    expect(await refusal(withBearer(`fdt_${"A".repeat(43)}`))).toMatch(/not valid/);
  });

  it("records the last use at most once a minute", async () => {
    const created = await create(editor);
    const first = new Date(Date.now() + 1_000);
    await authenticateApiToken(withBearer(created.token), first);
    await authenticateApiToken(withBearer(created.token), new Date(first.getTime() + 30_000));
    const lastUsed = async () =>
      (await prisma().apiToken.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt?.getTime();
    expect(await lastUsed()).toBe(first.getTime());
    const minuteLater = new Date(first.getTime() + 61_000);
    await authenticateApiToken(withBearer(created.token), minuteLater);
    expect(await lastUsed()).toBe(minuteLater.getTime());
  });
});

describe("apiTokens input and ownership", () => {
  it.each([
    [{ name: "   " }, /Name the token/],
    [{ name: "x".repeat(101) }, /at most 100 characters/],
    [{ name: "CMS", expiresInDays: 7 }, /30, 90 or 365 days, or never/],
  ])("refuses %j", async (input, message) => {
    const result = await executeAction(createApiToken, editor, input);
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(result.ok ? "" : result.error).toMatch(message);
  });

  it("creates a token that never expires when asked", async () => {
    const created = await create(editor, { name: "Forever", expiresInDays: null });
    expect(created.expiresAt).toBeNull();
    const farFuture = new Date(Date.now() + 10 * 365 * 86_400_000);
    expect(await authenticateApiToken(withBearer(created.token), farFuture)).toMatchObject({ id: editor.id });
  });

  it("will not revoke another member's token, which keeps working", async () => {
    const created = await create(editor);
    const result = await executeAction(revokeApiToken, viewer, { tokenId: created.id });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await authenticateApiToken(withBearer(created.token))).toMatchObject({ id: editor.id });
    expect((await findApiTokens({ user: viewer })).map((token) => token.id)).not.toContain(created.id);
  });
});
