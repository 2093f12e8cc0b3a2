import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertReviewOpen, lockArticleForClaims } from "@/lib/claims/lock-article";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { textOffsets } from "@/lib/exports/text-offsets";
import { changeArticleStatus } from "@/lib/review/change-status";
import { parseCollection } from "./parse-collection";
import { placeDrafts } from "./place-drafts";
import { readAnnotation } from "./read-annotation";
import { resolveSources } from "./resolve-sources";
import { type ImportAnnotationsResult, MAX_IMPORT_BYTES, ZImportAnnotationsInput } from "./schemas";
import { writeClaim } from "./write-claim";

/**
 * Imports a W3C annotation file onto an article's current version: Factdesk's own export (claims
 * with their kinds, verdicts, rationales and evidence) or another tool's annotations (claims of
 * the kind their tags name, their comment as the note). Each annotation is anchored through the
 * anchoring the editor's claims use; those that cannot be are reported with their quotes. All
 * claims, decisions, sources, evidence and their audit entries are written in one transaction:
 * an invalid file writes nothing.
 */
export const importAnnotations = defineAction({
  name: "annotations.import",
  permission: "write",
  input: ZImportAnnotationsInput,
  run: async ({ user, input }): Promise<ImportAnnotationsResult> => {
    if (JSON.stringify(input.collection).length > MAX_IMPORT_BYTES) {
      throw new AppError(
        "TOO_LARGE",
        "The annotations file is larger than 5 MB. Split it and import the parts.",
      );
    }
    const drafts = parseCollection(input.collection).map(readAnnotation);
    const workspaceId = user.workspace.id;
    return getPrisma().$transaction(
      async (tx) => {
        // The whole import is one change of the article: take its row first, so a status change
        // below does not have to upgrade the share lock claim writes hold (see lib/verdicts/set-verdict.ts).
        const locked = await tx.$queryRaw<Array<{ id: string }>>`
          SELECT "id" FROM "Article" WHERE "id" = ${input.articleId} AND "workspaceId" = ${workspaceId} FOR UPDATE`;
        if (locked.length === 0)
          throw new AppError("NOT_FOUND", "That article was not found in this workspace.");
        const article = await lockArticleForClaims(tx, workspaceId, input.articleId);
        assertReviewOpen(article.status);
        const version = article.currentVersion;
        const existing = await tx.claim.findMany({
          where: { articleId: article.id, anchorStatus: "ANCHORED" },
          select: { kind: true, positionStart: true, positionEnd: true },
        });
        const placed = placeDrafts({
          drafts,
          text: version.plainText,
          offsets: textOffsets(version.plainText),
          existing,
        });
        const evidence = placed.claims.flatMap((claim) => claim.draft.evidence);
        const { normalized, sources } = await resolveSources(tx, { workspaceId, actorId: user.id, evidence });
        const result: ImportAnnotationsResult = {
          created: 0,
          verdictsSet: 0,
          evidenceAdded: 0,
          sourcesCreated: [...sources.values()].filter((source) => source.isNew).length,
          sourcesMatched: [...sources.values()].filter((source) => !source.isNew).length,
          unanchored: placed.unanchored,
          notices: placed.notices,
        };
        for (const claim of placed.claims) {
          const written = await writeClaim(tx, {
            user,
            articleId: article.id,
            versionId: version.id,
            claim,
            evidence: claim.draft.evidence.map((item) => normalized.get(item) ?? item),
            sources,
          });
          result.created++;
          result.evidenceAdded += written.evidenceAdded;
          if (written.verdictSet) result.verdictsSet++;
          if (written.notice) result.notices.push(written.notice);
        }
        if (result.verdictsSet > 0 && article.status === "DRAFT") {
          await changeArticleStatus(tx, {
            workspaceId,
            actorId: user.id,
            articleId: article.id,
            from: "DRAFT",
            to: "IN_REVIEW",
            reason: "verdicts imported",
          });
        }
        await recordAudit(tx, {
          workspaceId,
          actorId: user.id,
          entityType: "Article",
          entityId: article.id,
          articleId: article.id,
          action: "article.annotations_imported",
          after: {
            versionId: version.id,
            annotations: drafts.length,
            created: result.created,
            verdictsSet: result.verdictsSet,
            unanchored: result.unanchored.length,
          },
        });
        return result;
      },
      // A large file makes thousands of rows; the default five seconds is for single edits.
      { timeout: 120_000, maxWait: 10_000 },
    );
  },
});
