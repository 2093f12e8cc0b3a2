import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";

// The init migration ends with hand-written SQL that makes "AuditEvent"
// append-only (see its comments); Prisma's schema cannot express it.

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.dispose();
});

async function createAuditedWorkspace() {
  const prisma = await db.getPrisma();
  const workspace = await prisma.workspace.create({ data: { slug: "audit-test", name: "Audit test" } });
  const user = await prisma.user.create({ data: { email: "audit@example.test", name: "Auditor" } });
  const event = await prisma.auditEvent.create({
    data: {
      workspaceId: workspace.id,
      actorId: user.id,
      entityType: "Workspace",
      entityId: "x",
      action: "create",
    },
  });
  return { prisma, workspace, user, event };
}

describe("the AuditEvent trigger", () => {
  it("refuses UPDATE and DELETE, but lets a deliberate workspace deletion cascade", async () => {
    const { prisma, workspace, user, event } = await createAuditedWorkspace();

    await expect(
      prisma.auditEvent.update({ where: { id: event.id }, data: { action: "tampered" } }),
    ).rejects.toThrow(/AuditEvent is append-only/);
    await expect(db.query('UPDATE "AuditEvent" SET "actorId" = NULL')).rejects.toThrow(/append-only/);
    await expect(prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(prisma.workspace.delete({ where: { id: workspace.id } })).rejects.toThrow(/append-only/);

    // Deleting the actor only clears actorId (its ON DELETE SET NULL), which the trigger allows.
    await prisma.user.delete({ where: { id: user.id } });
    const kept = await prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(kept).toMatchObject({ actorId: null, action: "create" });

    await prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT set_config('factdesk.allow_audit_delete', 'on', true)`;
      await tx.workspace.delete({ where: { id: workspace.id } });
    });
    expect(await prisma.auditEvent.count({ where: { workspaceId: workspace.id } })).toBe(0);
  });
});
