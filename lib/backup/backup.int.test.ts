// Protects: a workspace backed up and restored into another database comes back exactly as it was, and
// a restore either writes everything or nothing: never over an existing workspace, another person's
// account, or a damaged file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db";
import { setupAppDatabase } from "@/lib/testing/app-database";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { BackupError } from "./backup-error";
import { createBackup } from "./create-backup";
import type { Backup } from "./format";
import { parseBackup } from "./parse-backup";
import { restoreBackup } from "./restore-backup";
import { seedRichWorkspace } from "./testing/rich-workspace";

const source = setupAppDatabase();
const targets: TestDatabase[] = [];
let seeded: Awaited<ReturnType<typeof seedRichWorkspace>>;
let original: Backup;

/** A fresh, migrated, empty database. */
async function freshDatabase(): Promise<PrismaClient> {
  const database = await createTestDatabase();
  targets.push(database);
  return database.getPrisma();
}

/** The backup without its own timestamp: the only field two backups of the same data may differ in. */
const normalized = ({ createdAt: _, ...rest }: Backup) => rest;

const copy = (backup: Backup): Backup => JSON.parse(JSON.stringify(backup));

async function counts(prisma: PrismaClient) {
  return {
    workspaces: await prisma.workspace.count(),
    users: await prisma.user.count(),
    memberships: await prisma.membership.count(),
    articles: await prisma.article.count(),
    claims: await prisma.claim.count(),
    auditEvents: await prisma.auditEvent.count(),
  };
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(BackupError);
  return (error as Error).message;
}

let suggestionsOfVersion2 = 0;

beforeAll(async () => {
  seeded = await seedRichWorkspace(source());
  original = await createBackup({ prisma: source(), slug: seeded.workspace.slug });
  suggestionsOfVersion2 = await source().suggestion.count({
    where: { version: { number: 2, article: { workspaceId: seeded.workspace.id } } },
  });
});

afterAll(async () => {
  for (const database of targets) await database.dispose();
});

describe("createBackup", () => {
  it("holds the whole workspace and nothing of another", () => {
    const [article] = original.articles;
    expect(original).toMatchObject({ format: "factdesk-backup", version: 1, includesPasswordHashes: false });
    expect(original.workspace).toMatchObject(seeded.workspace);
    expect(original.articles).toHaveLength(1);
    expect(article?.versions.map((version) => version.number)).toEqual([1, 2]);
    // Every suggestion of the version, as the database holds them (the detector's and the seeded one).
    expect(article?.versions[1]?.suggestions).toHaveLength(suggestionsOfVersion2);
    expect(article?.versions[1]?.suggestions).toContainEqual(
      expect.objectContaining({ text: "Friday", status: "DISMISSED" }),
    );
    expect(article?.claims).toHaveLength(2);
    expect(article?.claims.flatMap((claim) => claim.anchors)).toHaveLength(4);
    expect(article?.claims[0]).toMatchObject({
      verdict: "VERIFIED",
      normalizedValue: { value: 14, category: "wounded" },
    });
    expect(article?.claims[0]?.decisions[0]?.rationale).toContain("<script>alert(1)</script>");
    expect(article?.claims[0]?.evidence).toHaveLength(1);
    expect(article?.claims[1]?.comments.flatMap((comment) => comment.mentions)).toHaveLength(2);
    expect(original.sources[0]?.snapshots).toHaveLength(1);
    expect(original.auditEvents.map((event) => event.action)).toContain("claim.verdict_set");
    expect(original.auditEvents.length).toBeGreaterThan(8);
    // The former member stays: their comment still names them.
    const former = original.users.find((user) => user.id === seeded.former.id);
    expect(former?.membership).toBeNull();
    expect(original.users.map((user) => user.membership?.role ?? null).sort()).toEqual([
      "EDITOR",
      "OWNER",
      null,
    ]);
    const text = JSON.stringify(original);
    expect(text).not.toContain(seeded.rivalEmail);
    expect(text).not.toContain("Rival story");
    expect(text).not.toMatch(/passwordHash|tokenHash|\$argon2/);
  });

  it("adds password hashes only when asked", async () => {
    const withHashes = await createBackup({
      prisma: source(),
      slug: seeded.workspace.slug,
      withPasswordHashes: true,
    });
    expect(withHashes.includesPasswordHashes).toBe(true);
    expect(withHashes.users.every((user) => user.passwordHash?.startsWith("$argon2"))).toBe(true);
  });

  it("names an unknown workspace", async () => {
    expect(await refusal(createBackup({ prisma: source(), slug: "no-such-desk" }))).toMatch(
      /No workspace has the slug "no-such-desk"/,
    );
  });
});

describe("restoreBackup", () => {
  let target: PrismaClient;

  beforeAll(async () => {
    target = await freshDatabase();
  });

  it("reproduces the workspace: a backup of the restored copy equals the original", async () => {
    const result = await restoreBackup({ prisma: target, backup: parseBackup(JSON.stringify(original)) });
    expect(result).toMatchObject({
      users: { created: 3, linked: 0, withoutPassword: 3 },
      articles: 1,
      claims: 2,
      sources: 1,
      auditEvents: original.auditEvents.length,
    });
    const again = await createBackup({ prisma: target, slug: seeded.workspace.slug });
    expect(normalized(again)).toEqual(normalized(original));
    // Without hashes nobody can sign in until they set a password; the search index is rebuilt.
    expect(await target.user.count({ where: { passwordHash: null } })).toBe(3);
    const found = await target.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Article" WHERE "searchVector" @@ plainto_tsquery('english', 'wounded')`;
    expect(found.map((row) => row.id)).toEqual([seeded.articleId]);
  });

  it("refuses to restore the same workspace twice, writing nothing", async () => {
    const before = await counts(target);
    expect(await refusal(restoreBackup({ prisma: target, backup: copy(original) }))).toMatch(
      /already has a workspace "backup-/,
    );
    expect(await counts(target)).toEqual(before);
  });

  it("refuses a user whose email belongs to another account, writing nothing", async () => {
    const clash = copy(original);
    clash.workspace = { ...clash.workspace, id: "ws-clash", slug: "clash-desk" };
    const user = clash.users[0];
    if (user) user.id = "someone-else";
    const before = await counts(target);
    expect(await refusal(restoreBackup({ prisma: target, backup: clash }))).toMatch(/already has an account/);
    expect(await counts(target)).toEqual(before);
  });

  it("links a user who is already there (same id and email), keeping their name and password", async () => {
    const other = await freshDatabase();
    await other.user.create({
      data: {
        id: seeded.owner.id,
        email: seeded.owner.email,
        name: "Olga (other desk)",
        passwordHash: "kept",
      },
    });
    const withHashes = await createBackup({
      prisma: source(),
      slug: seeded.workspace.slug,
      withPasswordHashes: true,
    });
    const result = await restoreBackup({ prisma: other, backup: withHashes });
    expect(result.users).toEqual({ created: 2, linked: 1, withoutPassword: 0 });
    expect(await other.user.findUniqueOrThrow({ where: { id: seeded.owner.id } })).toMatchObject({
      name: "Olga (other desk)",
      passwordHash: "kept",
    });
    const editor = await other.user.findUniqueOrThrow({ where: { id: seeded.editor.id } });
    expect(editor.passwordHash).toBe(
      withHashes.users.find((user) => user.id === seeded.editor.id)?.passwordHash,
    );
    expect(await other.membership.count({ where: { userId: seeded.owner.id, role: "OWNER" } })).toBe(1);
  });
});

describe("parseBackup", () => {
  const text = () => JSON.stringify(original);

  it.each([
    ["a file cut short", () => text().slice(0, 500), /not valid JSON/],
    ["another kind of file", () => JSON.stringify({ hello: "world" }), /not a Factdesk backup/],
    [
      "a newer format",
      () => text().replace('"version":1', '"version":2'),
      /format version 2, written by a newer Factdesk/,
    ],
    [
      "a malformed field",
      () => text().replace('"verdict":"VERIFIED"', '"verdict":"MAYBE"'),
      /damaged: articles\[0\]\.claims\[0\]\.verdict/,
    ],
    [
      "an unexpected field",
      () => text().replace('"title":"Border clash', '"sneaky":1,"title":"Border clash'),
      /damaged/,
    ],
    [
      "a pointer outside the backup",
      () => text().replaceAll(`"sourceId":"${original.sources[0]?.id}"`, '"sourceId":"elsewhere"'),
      /inconsistent: claim .*'s evidence names source elsewhere/,
    ],
  ])("refuses %s", (_label, corrupt, message) => {
    expect(() => parseBackup(corrupt())).toThrow(message);
  });

  it("accepts the file createBackup writes", () => {
    expect(parseBackup(text())).toEqual(original);
  });
});
