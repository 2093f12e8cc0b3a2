// Protects: the demo newsroom is there after seeding, with the sample article, and seeding twice changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { DEMO } from "./demo-account";
import { runSeed } from "./seed";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.dispose());

describe("runSeed", () => {
  it("creates the demo workspace, its editor and the sample article as version 1", async () => {
    const prisma = await db.getPrisma();
    const result = await runSeed({ prisma });
    expect(result.created).toBe(true);
    const article = await prisma.article.findUniqueOrThrow({
      where: { id: result.articleId },
      include: { currentVersion: true, workspace: true },
    });
    expect(article.workspace.slug).toBe(DEMO.workspace.slug);
    expect(article.publishedAt?.toISOString()).toBe("2025-12-14T16:30:00.000Z");
    expect(article.currentVersion?.number).toBe(1);
    expect(article.currentVersion?.plainText).toContain("the heartrending loss of nine lives");
    expect(article.currentVersion?.plainText.split("\n\n")).toHaveLength(12);
    const membership = await prisma.membership.findFirstOrThrow({ where: { userId: result.userId } });
    expect(membership.role).toBe("OWNER");
    const audit = await prisma.auditEvent.findMany({ where: { entityId: result.articleId } });
    expect(audit.map((event) => event.action)).toEqual(["article.created"]);
  });

  it("is idempotent", async () => {
    const prisma = await db.getPrisma();
    const before = await Promise.all([prisma.article.count(), prisma.user.count(), prisma.workspace.count()]);
    const again = await runSeed({ prisma });
    expect(again.created).toBe(false);
    expect(
      await Promise.all([prisma.article.count(), prisma.user.count(), prisma.workspace.count()]),
    ).toEqual(before);
  });
});
