import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { getPrisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type SourceFields, ZCreateSourceInput } from "./schemas";

/** What the audit log keeps of a source. */
export function auditedSource(source: SourceFields) {
  return {
    url: source.url,
    title: source.title,
    publisher: source.publisher,
    type: source.type,
    reliability: source.reliability,
    notes: source.notes,
  };
}

/**
 * Inside a transaction: adds a source to the workspace's library and logs it.
 * Shared by the library page and by evidence that brings a new source along.
 */
export async function insertSource(
  tx: Prisma.TransactionClient,
  options: { workspaceId: string; actorId: string; fields: SourceFields },
) {
  const source = await tx.source.create({
    data: { ...options.fields, workspaceId: options.workspaceId, createdById: options.actorId },
  });
  await recordAudit(tx, {
    workspaceId: options.workspaceId,
    actorId: options.actorId,
    entityType: "Source",
    entityId: source.id,
    action: "source.created",
    after: auditedSource(source),
  });
  return source;
}

/** Adds a source to the workspace's library. */
export const createSource = defineAction({
  name: "sources.create",
  permission: "write",
  input: ZCreateSourceInput,
  run: async ({ user, input }) =>
    getPrisma().$transaction((tx) =>
      insertSource(tx, { workspaceId: user.workspace.id, actorId: user.id, fields: input }),
    ),
});
