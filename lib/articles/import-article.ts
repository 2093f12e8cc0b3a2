import type { ReanchorSummary } from "@/lib/claims/reanchor-claims";
import { getPrisma, type PrismaClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { VersionOrigin } from "@/lib/generated/prisma/enums";
import { formatBytes } from "@/lib/intake/intake-error";
import { readIntakeSettings } from "@/lib/intake/settings";
import type { ArticleMetadata } from "@/lib/intake/types";
import { finishDetection, planDetection, suggestForNewVersion } from "@/lib/suggestions/new-version";
import { addVersion } from "./add-version";
import { normalizeArticleUrl } from "./article-url";
import { insertArticle } from "./create-article";
import { findImportMatch } from "./find-import-match";
import { wellFormed } from "./normalize-inline";
import { versionContent } from "./version-content";

// A long article on the embedded database can take more than Prisma's default 5 s to write.
const TRANSACTION_LIMITS = { maxWait: 10_000, timeout: 30_000 };

/** What is saved: the reviewed metadata and the document (normalized again here, whoever sent it). */
export type ImportDraft = {
  origin: VersionOrigin;
  sourceName: string;
  metadata: ArticleMetadata;
  document: unknown;
};

/**
 * Where an import goes: a new article; a new version of a chosen article;
 * or wherever it belongs (`match`: the article with the same address or
 * wire headline, else a new one; nothing when the same text is already there).
 */
export type ImportTarget = { kind: "new" } | { kind: "version"; articleId: string } | { kind: "match" };

export type ImportArticleResult = {
  outcome: "created" | "versionAdded" | "unchanged";
  articleId: string;
  versionId: string;
  versionNumber: number;
  title: string;
  /** For a new version: the article's claims found again in its text, and those orphaned. */
  claims?: ReanchorSummary;
};

export type ImportArticleOptions = {
  prisma?: PrismaClient;
  workspaceId: string;
  actorId: string;
  draft: ImportDraft;
  target: ImportTarget;
  /** A bulk import: the new version's suggestions are detected by the job queue, so it returns at once. */
  isBulk?: boolean;
};

/**
 * Saves an imported article in one transaction with its audit entry, so a
 * failure leaves nothing half-saved. Every version's plain text is derived
 * from its normalized document (see version-content.ts).
 */
export async function importArticle(options: ImportArticleOptions): Promise<ImportArticleResult> {
  const { workspaceId, actorId, draft, target } = options;
  const content = versionContent(draft.document);
  if (!content.plainText.trim()) {
    throw new AppError("INVALID_INPUT", `${draft.sourceName}: the article has no text to save.`);
  }
  // The draft comes back from the browser after review: hold it to the same limit as the original import.
  const { maxBytes } = readIntakeSettings();
  const size = Buffer.byteLength(content.plainText, "utf8");
  if (size > maxBytes) {
    throw new AppError(
      "TOO_LARGE",
      `${draft.sourceName}: the text is ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}.`,
    );
  }
  // Whoever built the draft, every string stored (and copied into the audit log's JSON) is valid UTF-16.
  const text = (value: string | null) => (value === null ? null : wellFormed(value));
  const { metadata } = draft;
  const title = wellFormed(metadata.title);
  const data = {
    outlet: text(metadata.outlet),
    byline: text(metadata.byline),
    language: text(metadata.language),
    url: normalizeArticleUrl(metadata.url),
    publishedAt: metadata.publishedAt,
    sourceUpdatedAt: metadata.sourceUpdatedAt,
    title,
    workspaceId,
    createdById: actorId,
    origin: draft.origin,
    sourceName: wellFormed(draft.sourceName),
    content,
  };
  // The job queue lives in the process's database: a caller with its own client detects inline.
  const detection = options.prisma
    ? {}
    : await planDetection({ plainText: content.plainText, isBulk: options.isBulk });
  const suggest = (tx: Prisma.TransactionClient, version: { articleId: string; versionId: string }) =>
    suggestForNewVersion(tx, detection, {
      ...version,
      plainText: content.plainText,
      publishedAt: data.publishedAt,
    });
  const saved: ImportArticleResult = await (options.prisma ?? getPrisma()).$transaction(async (tx) => {
    let articleId = target.kind === "version" ? target.articleId : null;
    if (target.kind === "match") {
      const match = await findImportMatch(tx, { ...data, contentHash: content.contentHash });
      if (match.kind === "duplicate") {
        const { kind: _duplicate, ...found } = match;
        return { outcome: "unchanged", ...found };
      }
      if (match.kind === "update") articleId = match.articleId;
    }
    if (!articleId) {
      const created = await insertArticle(tx, data);
      await suggest(tx, { articleId: created.id, versionId: created.versionId });
      return {
        outcome: "created",
        articleId: created.id,
        versionId: created.versionId,
        versionNumber: 1,
        title,
      };
    }
    const added = await addVersion(tx, { ...data, articleId });
    if (added.outcome === "versionAdded") await suggest(tx, { articleId, versionId: added.versionId });
    return { articleId, ...added };
  }, TRANSACTION_LIMITS);
  finishDetection(detection);
  return saved;
}
