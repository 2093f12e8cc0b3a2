import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

export const SOURCE_NOT_FOUND = "That source was not found in this workspace.";

/**
 * Inside a transaction: a source of the workspace, locked, or NOT_FOUND.
 * Evidence takes a share lock (many claims may cite a source at once);
 * deleting the source takes an update lock, so it cannot count no evidence
 * while new evidence is being attached.
 */
export async function lockSourceOrThrow(
  tx: Prisma.TransactionClient,
  options: { workspaceId: string; sourceId: string; mode: "share" | "update" },
) {
  const { workspaceId, sourceId } = options;
  const locked =
    options.mode === "update"
      ? await tx.$queryRaw<Array<{ id: string }>>`
          SELECT "id" FROM "Source" WHERE "id" = ${sourceId} AND "workspaceId" = ${workspaceId} FOR UPDATE`
      : await tx.$queryRaw<Array<{ id: string }>>`
          SELECT "id" FROM "Source" WHERE "id" = ${sourceId} AND "workspaceId" = ${workspaceId} FOR SHARE`;
  if (locked.length === 0) throw new AppError("NOT_FOUND", SOURCE_NOT_FOUND);
  return tx.source.findUniqueOrThrow({ where: { id: sourceId } });
}
