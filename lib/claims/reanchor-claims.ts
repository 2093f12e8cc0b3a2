import type { AnchorResult } from "@/lib/anchoring/anchor-quote";
import { reanchorAll } from "@/lib/anchoring/reanchor";
import { describeQuote } from "@/lib/anchoring/selectors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { anchorRowColumns, claimAnchorColumns } from "./anchor-data";

export type ReanchorSummary = { anchored: number; orphaned: number };

/**
 * Inside the transaction that adds a version: moves every live claim of the
 * article onto the new text. Found claims get the new selectors and an
 * anchor row saying how they were found and how well; the others become
 * orphaned, keeping the selectors of the last version they were on, so the
 * editor sees their old context. No claim is deleted or silently dropped.
 */
export async function reanchorClaims(
  tx: Prisma.TransactionClient,
  options: { articleId: string; versionId: string; plainText: string },
): Promise<ReanchorSummary> {
  const claims = await tx.claim.findMany({
    where: { articleId: options.articleId, anchorStatus: { not: "RETIRED" } },
    select: {
      id: true,
      quoteExact: true,
      quotePrefix: true,
      quoteSuffix: true,
      positionStart: true,
      positionEnd: true,
    },
  });
  const results = reanchorAll(
    options.plainText,
    claims.map((claim) => ({
      exact: claim.quoteExact,
      prefix: claim.quotePrefix,
      suffix: claim.quoteSuffix,
      start: claim.positionStart,
      end: claim.positionEnd,
    })),
  );
  const summary: ReanchorSummary = { anchored: 0, orphaned: 0 };
  for (const [index, claim] of claims.entries()) {
    const result = results[index] as AnchorResult;
    if (result.status === "anchored") {
      summary.anchored++;
      await moveClaim(tx, claim.id, options, result);
    } else {
      summary.orphaned++;
      await tx.claim.update({
        where: { id: claim.id },
        data: { anchorStatus: "ORPHANED", revision: { increment: 1 } },
      });
    }
  }
  return summary;
}

async function moveClaim(
  tx: Prisma.TransactionClient,
  claimId: string,
  options: { versionId: string; plainText: string },
  result: AnchorResult & { status: "anchored" },
) {
  const quote = describeQuote(options.plainText, result.start, result.end);
  await tx.claimAnchor.create({
    data: {
      claimId,
      versionId: options.versionId,
      ...anchorRowColumns(quote),
      method: result.method,
      score: result.score,
    },
  });
  await tx.claim.update({
    where: { id: claimId },
    data: { ...claimAnchorColumns(quote, options.versionId), revision: { increment: 1 } },
  });
}
