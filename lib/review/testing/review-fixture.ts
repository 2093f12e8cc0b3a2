import { describeQuote } from "@/lib/anchoring/selectors";
import { createArticle } from "@/lib/articles/create-article";
import { plainTextFromParagraphs } from "@/lib/articles/document";
import type { PrismaClient } from "@/lib/db";
import type { AnchorStatus, ReviewStatus, Verdict } from "@/lib/generated/prisma/enums";

export type FixtureClaim = {
  /** Words of the article's text the claim is on (their first occurrence). */
  quote: string;
  verdict?: Verdict;
  /** Who set the verdict (a decision row is written for it); the article's creator by default. */
  setById?: string;
  anchorStatus?: AnchorStatus;
};

export type ReviewFixtureOptions = {
  prisma: PrismaClient;
  workspaceId: string;
  createdById: string;
  paragraphs: string[];
  claims?: FixtureClaim[];
  status?: ReviewStatus;
};

/**
 * For tests: an article in `status` with claims written straight to the
 * database (verdicts with their decision rows), skipping the rules the
 * actions enforce so a test can start from any review state.
 */
export async function createReviewFixture(options: ReviewFixtureOptions) {
  const { prisma, workspaceId, createdById } = options;
  const article = await createArticle({
    prisma,
    workspaceId,
    createdById,
    title: "Review fixture",
    paragraphs: options.paragraphs,
    origin: "PASTE",
  });
  const text = plainTextFromParagraphs(options.paragraphs);
  const claimIds: string[] = [];
  for (const claim of options.claims ?? []) {
    const start = text.indexOf(claim.quote);
    if (start < 0) throw new Error(`"${claim.quote}" is not in the fixture text`);
    const quote = describeQuote(text, start, start + claim.quote.length);
    const verdict = claim.verdict ?? "UNREVIEWED";
    const created = await prisma.claim.create({
      data: {
        workspaceId,
        articleId: article.id,
        originVersionId: article.versionId,
        versionId: article.versionId,
        kind: "OTHER",
        quoteExact: quote.exact,
        quotePrefix: quote.prefix,
        quoteSuffix: quote.suffix,
        positionStart: quote.start,
        positionEnd: quote.end,
        anchorStatus: claim.anchorStatus ?? "ANCHORED",
        verdict,
        createdById,
        ...(verdict === "UNREVIEWED"
          ? {}
          : {
              decisions: {
                create: {
                  verdict,
                  rationale: "Checked for the fixture.",
                  setById: claim.setById ?? createdById,
                },
              },
            }),
      },
      select: { id: true },
    });
    claimIds.push(created.id);
  }
  const { revision } = await prisma.article.update({
    where: { id: article.id },
    data: { status: options.status ?? "DRAFT" },
    select: { revision: true },
  });
  return { articleId: article.id, versionId: article.versionId, claimIds, revision };
}
