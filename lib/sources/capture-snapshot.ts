import { createHash } from "node:crypto";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { type IntakeSettings, readIntakeSettings } from "@/lib/intake/settings";
import { lockSourceOrThrow, SOURCE_NOT_FOUND } from "./lock-source";
import { readSnapshotPage } from "./read-snapshot-page";
import { ZSourceIdInput } from "./schemas";

export type CaptureSnapshotOptions = {
  user: Pick<SessionUser, "id" | "workspace">;
  sourceId: string;
  /** Fetch limits and trusted hosts; the process's own settings by default. */
  settings?: IntakeSettings;
};

/** A captured snapshot, as the source page lists it. */
export type SnapshotView = {
  id: string;
  url: string;
  contentType: string | null;
  sha256: string;
  fetchedAt: Date;
  /** Size of the kept text in bytes (UTF-8). */
  size: number;
};

/** The SHA-256 of a snapshot's text (UTF-8), in hex: what a report cites to show the text is unchanged. */
export function hashSnapshotText(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * Fetches the source's page now and keeps its readable text with a SHA-256,
 * so the report survives link rot. The fetch happens outside the
 * transaction (it may take seconds); the snapshot and its audit entry are
 * written together afterwards, if the source still exists.
 */
export async function captureSnapshot(options: CaptureSnapshotOptions): Promise<SnapshotView> {
  const workspaceId = options.user.workspace.id;
  const source = await getPrisma().source.findFirst({
    where: { id: options.sourceId, workspaceId },
    select: { id: true, url: true, title: true },
  });
  if (!source) throw new AppError("NOT_FOUND", SOURCE_NOT_FOUND);
  if (!source.url) {
    throw new AppError("INVALID_INPUT", "This source has no URL to capture. Add its web address first.");
  }
  const page = await readSnapshotPage(source.url, options.settings ?? readIntakeSettings());
  const sha256 = hashSnapshotText(page.text);
  return getPrisma().$transaction(async (tx) => {
    await lockSourceOrThrow(tx, { workspaceId, sourceId: source.id, mode: "share" });
    const snapshot = await tx.sourceSnapshot.create({
      data: { sourceId: source.id, url: page.url, contentType: page.contentType, text: page.text, sha256 },
      select: { id: true, url: true, contentType: true, sha256: true, fetchedAt: true },
    });
    const size = Buffer.byteLength(page.text, "utf8");
    await recordAudit(tx, {
      workspaceId,
      actorId: options.user.id,
      entityType: "Source",
      entityId: source.id,
      action: "source.snapshot_captured",
      after: { snapshotId: snapshot.id, title: source.title, url: snapshot.url, sha256, size },
    });
    return { ...snapshot, size };
  });
}

/** Captures a snapshot of a source's page (see captureSnapshot). */
export const snapshotSource = defineAction({
  name: "sources.snapshot",
  permission: "write",
  input: ZSourceIdInput,
  run: ({ user, input }) => captureSnapshot({ user, sourceId: input.sourceId }),
});
