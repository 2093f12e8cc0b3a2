import type { SessionUser } from "@/lib/auth/session-user";
import { DECISION_SELECT, type DecisionView, toDecisionView } from "@/lib/claims/claim-detail";
import type { PrismaClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type {
  AnchorStatus,
  ClaimKind,
  ReviewStatus,
  SourceType,
  Stance,
  Verdict,
  VersionOrigin,
} from "@/lib/generated/prisma/enums";

export type ExportSource = {
  id: string;
  title: string;
  url: string | null;
  publisher: string | null;
  type: SourceType;
  reliability: number | null;
  /** The newest snapshot of the source's page, if one was captured. */
  snapshot: { sha256: string; fetchedAt: Date; url: string } | null;
};

export type ExportEvidence = {
  stance: Stance;
  excerpt: string | null;
  accessedAt: Date | null;
  source: ExportSource;
};

/** The decision that set a claim's current verdict (the claim panel's DecisionView). */
export type ExportDecision = DecisionView;

/**
 * One claim as every export format sees it. `number` is its place in reading order (1-based),
 * the marker the report prints. Offsets count UTF-16 code units of the exported version's
 * plain text; for an orphaned claim (its words were not found in this version) they are the
 * offsets in the version it was last anchored to, and the formats say so instead of pointing.
 */
export type ExportClaim = {
  id: string;
  number: number;
  kind: ClaimKind;
  note: string | null;
  normalizedValue: Prisma.JsonValue;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  anchorStatus: AnchorStatus;
  verdict: Verdict;
  /** The decision that set the current verdict; null while unreviewed and never decided. */
  decision: ExportDecision | null;
  evidence: ExportEvidence[];
  createdAt: Date;
  updatedAt: Date;
  createdByName: string;
  assigneeName: string | null;
};

/** Everything an export of one article needs, read in one go from the database. */
export type ArticleExport = {
  workspace: { id: string; slug: string; name: string };
  article: {
    id: string;
    title: string;
    url: string | null;
    outlet: string | null;
    byline: string | null;
    language: string | null;
    publishedAt: Date | null;
    status: ReviewStatus;
    signedOffByName: string | null;
    signedOffAt: Date | null;
    signOffOverride: string | null;
    approvedVersionNumber: number | null;
    createdAt: Date;
    updatedAt: Date;
  };
  /** The exported text: the article's current version (the approved one, once approved). */
  version: { id: string; number: number; title: string; plainText: string; createdAt: Date };
  versions: { number: number; createdAt: Date; origin: VersionOrigin; createdByName: string }[];
  /** Anchored claims in reading order, then orphaned ones; retired claims are left out. */
  claims: ExportClaim[];
  /** Who set the current verdicts, by name, without repeats. */
  reviewerNames: string[];
  generatedAt: Date;
};

const SOURCE_SELECT = {
  id: true,
  title: true,
  url: true,
  publisher: true,
  type: true,
  reliability: true,
  snapshots: {
    orderBy: { fetchedAt: "desc" },
    take: 1,
    select: { sha256: true, fetchedAt: true, url: true },
  },
} as const;

/**
 * An article of the workspace with everything its exports show, or NOT_FOUND (also for
 * another workspace's article). Four queries whatever the number of claims.
 */
export async function loadArticleExport(
  prisma: PrismaClient,
  user: Pick<SessionUser, "workspace">,
  articleId: string,
): Promise<ArticleExport> {
  const workspaceId = user.workspace.id;
  const article = await prisma.article.findFirst({
    where: { id: articleId, workspaceId },
    select: {
      id: true,
      title: true,
      url: true,
      outlet: true,
      byline: true,
      language: true,
      publishedAt: true,
      status: true,
      signedOffAt: true,
      signOffOverride: true,
      createdAt: true,
      updatedAt: true,
      signedOffBy: { select: { name: true } },
      approvedVersion: { select: { number: true } },
      currentVersion: { select: { id: true, number: true, title: true, plainText: true, createdAt: true } },
      workspace: { select: { id: true, slug: true, name: true } },
    },
  });
  if (!article?.currentVersion) {
    throw new AppError("NOT_FOUND", "That article was not found in this workspace.");
  }
  const [versions, claims] = await Promise.all([
    prisma.articleVersion.findMany({
      where: { articleId: article.id },
      orderBy: { number: "asc" },
      select: { number: true, createdAt: true, origin: true, createdBy: { select: { name: true } } },
    }),
    prisma.claim.findMany({
      where: { articleId: article.id, workspaceId, anchorStatus: { in: ["ANCHORED", "ORPHANED"] } },
      orderBy: [{ positionStart: "asc" }, { positionEnd: "desc" }, { createdAt: "asc" }],
      select: {
        id: true,
        kind: true,
        note: true,
        normalizedValue: true,
        quoteExact: true,
        quotePrefix: true,
        quoteSuffix: true,
        positionStart: true,
        positionEnd: true,
        anchorStatus: true,
        verdict: true,
        createdAt: true,
        updatedAt: true,
        createdBy: { select: { name: true } },
        assignee: { select: { name: true } },
        decisions: { orderBy: { createdAt: "desc" }, take: 1, select: DECISION_SELECT },
        evidence: {
          orderBy: { createdAt: "asc" },
          select: { stance: true, excerpt: true, accessedAt: true, source: { select: SOURCE_SELECT } },
        },
      },
    }),
  ]);
  // Anchored claims in reading order first; orphaned ones (offsets of an older text) after them.
  const ordered = [
    ...claims.filter((claim) => claim.anchorStatus === "ANCHORED"),
    ...claims.filter((claim) => claim.anchorStatus === "ORPHANED"),
  ];
  const exportClaims = ordered.map((claim, index): ExportClaim => {
    const [latest] = claim.decisions;
    // The latest decision describes the current verdict only if it set it.
    const decision: ExportDecision | null =
      latest && latest.verdict === claim.verdict ? toDecisionView(latest) : null;
    return {
      id: claim.id,
      number: index + 1,
      kind: claim.kind,
      note: claim.note,
      normalizedValue: claim.normalizedValue,
      exact: claim.quoteExact,
      prefix: claim.quotePrefix,
      suffix: claim.quoteSuffix,
      start: claim.positionStart,
      end: claim.positionEnd,
      anchorStatus: claim.anchorStatus,
      verdict: claim.verdict,
      decision,
      evidence: claim.evidence.map(({ source: { snapshots, ...source }, ...evidence }) => ({
        ...evidence,
        source: { ...source, snapshot: snapshots[0] ?? null },
      })),
      createdAt: claim.createdAt,
      updatedAt: claim.updatedAt,
      createdByName: claim.createdBy.name,
      assigneeName: claim.assignee?.name ?? null,
    };
  });
  const reviewerNames = [
    ...new Set(
      exportClaims.flatMap((claim) =>
        claim.decision && claim.verdict !== "UNREVIEWED" ? [claim.decision.setByName] : [],
      ),
    ),
  ];
  const { currentVersion, workspace, signedOffBy, approvedVersion, ...fields } = article;
  return {
    workspace,
    article: {
      ...fields,
      signedOffByName: signedOffBy?.name ?? null,
      approvedVersionNumber: approvedVersion?.number ?? null,
    },
    version: currentVersion,
    versions: versions.map(({ createdBy, ...version }) => ({ ...version, createdByName: createdBy.name })),
    claims: exportClaims,
    reviewerNames,
    generatedAt: new Date(),
  };
}
