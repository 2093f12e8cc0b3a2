// Protects: a backup that lists a row twice (hand-edited or merged) is refused before anything is
// written, saying which row, instead of failing inside the restore with the database's own words.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db";
import { setupAppDatabase } from "@/lib/testing/app-database";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { BackupError } from "./backup-error";
import { createBackup } from "./create-backup";
import type { Backup, BackupArticle, BackupClaim } from "./format";
import { parseBackup } from "./parse-backup";
import { restoreBackup } from "./restore-backup";
import { seedRichWorkspace } from "./testing/rich-workspace";

const source = setupAppDatabase();
let original: Backup;
let target: TestDatabase;
let targetPrisma: PrismaClient;

beforeAll(async () => {
  const seeded = await seedRichWorkspace(source());
  original = await createBackup({ prisma: source(), slug: seeded.workspace.slug });
  target = await createTestDatabase();
  targetPrisma = await target.getPrisma();
});

afterAll(async () => {
  await target?.dispose();
});

const copy = (): Backup => JSON.parse(JSON.stringify(original));
const articleOf = (backup: Backup): BackupArticle => backup.articles[0] as BackupArticle;
const claimOf = (backup: Backup, index = 0): BackupClaim => articleOf(backup).claims[index] as BackupClaim;

/** What `npm run restore` does: parse the file, then write it; returns the refusal's words. */
async function refusal(backup: Backup): Promise<string> {
  const error = await Promise.resolve()
    .then(() => restoreBackup({ prisma: targetPrisma, backup: parseBackup(JSON.stringify(backup)) }))
    .then(
      () => undefined,
      (caught: unknown) => caught,
    );
  expect(error).toBeInstanceOf(BackupError);
  return (error as Error).message;
}

describe("restoring a backup that lists a row twice", () => {
  it.each<[string, (backup: Backup) => string]>([
    [
      "an article",
      (backup) => {
        backup.articles.push(articleOf(backup));
        return `The backup lists article ${articleOf(backup).id} twice; `;
      },
    ],
    [
      "a claim",
      (backup) => {
        const [first, second] = [claimOf(backup, 0), claimOf(backup, 1)];
        second.id = first.id;
        return `The backup lists claim ${first.id} twice; an anchor of claim ${first.id} in version `;
      },
    ],
    [
      "an email of two users",
      (backup) => {
        const [first, second] = backup.users;
        if (!first || !second) throw new Error("The rich workspace has several users.");
        second.email = first.email;
        return `The backup lists the email ${first.email} twice.`;
      },
    ],
    [
      "a version number of one article",
      (backup) => {
        const [first, second] = articleOf(backup).versions;
        if (!first || !second) throw new Error("The rich workspace's article has two versions.");
        second.number = first.number;
        return `The backup lists version number ${first.number} of article ${articleOf(backup).id} twice.`;
      },
    ],
    [
      "an anchor of one claim in one version",
      (backup) => {
        const claim = claimOf(backup);
        const [first, second] = claim.anchors;
        if (!first || !second) throw new Error("The rich workspace's claim has two anchors.");
        second.versionId = first.versionId;
        return `The backup lists an anchor of claim ${claim.id} in version ${first.versionId} twice.`;
      },
    ],
    [
      "a source three times",
      (backup) => {
        const [only] = backup.sources;
        if (!only) throw new Error("The rich workspace has a source.");
        backup.sources.push(only, only);
        return `The backup lists source ${only.id} 3 times; source snapshot `;
      },
    ],
  ])("refuses %s in words, writing nothing", async (_label, duplicate) => {
    const backup = copy();
    const expected = duplicate(backup);
    expect(await refusal(backup)).toContain(expected);
    expect(await targetPrisma.workspace.count()).toBe(0);
    expect(await targetPrisma.user.count()).toBe(0);
  });

  it("still restores the file as written", async () => {
    const result = await restoreBackup({
      prisma: targetPrisma,
      backup: parseBackup(JSON.stringify(original)),
    });
    expect(result.articles).toBe(1);
  });
});
