import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditEntry = {
  workspaceId: string;
  actorId: string | null;
  entityType: string;
  entityId: string;
  /** The article the event belongs to (its own or its claim's), so the article timeline finds it. */
  articleId?: string;
  /** `<entity>.<past-tense verb>`, e.g. `member.role_changed`. */
  action: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

/**
 * Appends to the audit log. Takes the transaction client on purpose: an
 * entry is written in the same transaction as the change it records, or not at all.
 */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({ data: entry });
}
