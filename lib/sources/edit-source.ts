import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { auditedSource } from "./create-source";
import { lockSourceOrThrow, SOURCE_NOT_FOUND } from "./lock-source";
import { ZSourceIdInput, ZUpdateSourceInput } from "./schemas";

/** Changes a source's details, refusing an edit that started from an older revision. */
export const updateSource = defineAction({
  name: "sources.update",
  permission: "write",
  input: ZUpdateSourceInput,
  run: async ({ user, input }) =>
    getPrisma().$transaction(async (tx) => {
      const { sourceId, revision, ...fields } = input;
      const before = await tx.source.findFirst({ where: { id: sourceId, workspaceId: user.workspace.id } });
      if (!before) throw new AppError("NOT_FOUND", SOURCE_NOT_FOUND);
      const updated = await tx.source.updateMany({
        where: { id: sourceId, workspaceId: user.workspace.id, revision },
        data: { ...fields, revision: { increment: 1 } },
      });
      if (updated.count === 0) {
        throw new AppError(
          "CONFLICT",
          "Someone changed this source while you were editing. Your text is kept; compare it with the current details and save again.",
        );
      }
      await recordAudit(tx, {
        workspaceId: user.workspace.id,
        actorId: user.id,
        entityType: "Source",
        entityId: sourceId,
        action: "source.updated",
        before: auditedSource(before),
        after: auditedSource(fields),
      });
      return tx.source.findUniqueOrThrow({ where: { id: sourceId } });
    }),
});

/** Deletes a source that no claim cites; cited sources must be removed from their claims first. */
export const deleteSource = defineAction({
  name: "sources.delete",
  permission: "write",
  input: ZSourceIdInput,
  run: async ({ user, input }) =>
    getPrisma().$transaction(async (tx) => {
      const source = await lockSourceOrThrow(tx, {
        workspaceId: user.workspace.id,
        sourceId: input.sourceId,
        mode: "update",
      });
      const citing = await tx.evidence.groupBy({ by: ["claimId"], where: { sourceId: source.id } });
      if (citing.length > 0) {
        const claims = citing.length === 1 ? "1 claim" : `${citing.length} claims`;
        throw new AppError(
          "CONFLICT",
          `This source is evidence for ${claims}. Remove it from ${citing.length === 1 ? "that claim" : "those claims"} before deleting it.`,
        );
      }
      await tx.source.delete({ where: { id: source.id } });
      await recordAudit(tx, {
        workspaceId: user.workspace.id,
        actorId: user.id,
        entityType: "Source",
        entityId: source.id,
        action: "source.deleted",
        before: auditedSource(source),
      });
      return { id: source.id };
    }),
});
