import type { PrismaClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

type Db = PrismaClient | Prisma.TransactionClient;

/** Claims that still stand between an article and sign-off. Retired claims do not count. */
export type OpenClaims = { unreviewed: number; orphaned: number };

/** Someone whose verdicts the article's claims currently carry. */
export type VerdictSetter = { userId: string; name: string; claims: number };

export async function countOpenClaims(db: Db, articleId: string): Promise<OpenClaims> {
  const [row] = await db.$queryRaw<Array<{ unreviewed: number; orphaned: number }>>`
    SELECT
      count(*) FILTER (WHERE "anchorStatus" = 'ANCHORED' AND "verdict" = 'UNREVIEWED')::int AS "unreviewed",
      count(*) FILTER (WHERE "anchorStatus" = 'ORPHANED')::int AS "orphaned"
    FROM "Claim" WHERE "articleId" = ${articleId}`;
  return { unreviewed: row?.unreviewed ?? 0, orphaned: row?.orphaned ?? 0 };
}

/**
 * Refuses while any claim is unreviewed or orphaned (its words are not in
 * the current version: re-attach or retire it). An article without claims
 * passes: an opinion piece may hold nothing to check, and the sign-off still
 * records that a second editor looked.
 */
export function assertAllReviewed(open: OpenClaims, before: string): void {
  const parts: string[] = [];
  if (open.unreviewed > 0) parts.push(`set a verdict on ${plural(open.unreviewed, "unreviewed claim")}`);
  if (open.orphaned > 0) {
    parts.push(
      `re-attach or retire ${plural(open.orphaned, "claim")} whose words are not in the current version`,
    );
  }
  if (parts.length === 0) return;
  const sentence = parts.join(" and ");
  throw new AppError("INVALID_INPUT", `${sentence[0]?.toUpperCase()}${sentence.slice(1)} before ${before}.`);
}

/**
 * Who set the verdicts the article's claims carry now (the newest decision
 * of each reviewed, non-retired claim), most claims first. These people may
 * not sign the article off: the two-person rule.
 */
export async function findVerdictSetters(db: Db, articleId: string): Promise<VerdictSetter[]> {
  return db.$queryRaw<VerdictSetter[]>`
    SELECT latest."setById" AS "userId", u."name", count(*)::int AS "claims"
    FROM (
      SELECT DISTINCT ON (d."claimId") d."claimId", d."setById"
      FROM "VerdictDecision" d JOIN "Claim" c ON c."id" = d."claimId"
      WHERE c."articleId" = ${articleId} AND c."anchorStatus" <> 'RETIRED' AND c."verdict" <> 'UNREVIEWED'
      ORDER BY d."claimId", d."createdAt" DESC, d."id" DESC
    ) latest JOIN "User" u ON u."id" = latest."setById"
    GROUP BY latest."setById", u."name"
    ORDER BY "claims" DESC, u."name"`;
}

export function plural(count: number, noun: string): string {
  return `${count.toLocaleString("en")} ${noun}${count === 1 ? "" : "s"}`;
}
