import { findTimeline, type TimelineEntry } from "@/lib/audit/timeline";
import type { SessionUser } from "@/lib/auth/session-user";
import { getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SourceType, Stance, Verdict } from "@/lib/generated/prisma/enums";
import { CLAIM_VIEW_SELECT, type ClaimView, toClaimView } from "./claim-view";

export type DecisionView = {
  id: string;
  verdict: Verdict;
  rationale: string | null;
  attempts: string | null;
  asOf: Date | null;
  setById: string;
  setByName: string;
  createdAt: Date;
};

export type SourceSummary = {
  id: string;
  title: string;
  url: string | null;
  publisher: string | null;
  type: SourceType;
  reliability: number | null;
  /** The newest snapshot of the source's page, if one was captured. */
  snapshot: { sha256: string; fetchedAt: Date } | null;
};

export type EvidenceView = {
  id: string;
  stance: Stance;
  excerpt: string | null;
  accessedAt: Date | null;
  createdByName: string;
  createdAt: Date;
  source: SourceSummary;
};

export type CommentView = {
  id: string;
  body: string;
  authorId: string;
  authorName: string;
  createdAt: Date;
  mentions: { userId: string; name: string }[];
};

/** Everything the claim's detail panel shows: verdict history (newest first), evidence, discussion, timeline. */
export type ClaimDetail = {
  claim: ClaimView;
  articleId: string;
  decisions: DecisionView[];
  evidence: EvidenceView[];
  comments: CommentView[];
  timeline: TimelineEntry[];
};

/** The `select` of a verdict decision that `toDecisionView` reads. */
export const DECISION_SELECT = {
  id: true,
  verdict: true,
  rationale: true,
  attempts: true,
  asOf: true,
  setById: true,
  createdAt: true,
  setBy: { select: { name: true } },
} as const;

export function toDecisionView({
  setBy,
  ...decision
}: Omit<DecisionView, "setByName"> & { setBy: { name: string } }): DecisionView {
  return { ...decision, setByName: setBy.name };
}

export const SOURCE_SUMMARY_SELECT = {
  id: true,
  title: true,
  url: true,
  publisher: true,
  type: true,
  reliability: true,
  snapshots: { orderBy: { fetchedAt: "desc" }, take: 1, select: { sha256: true, fetchedAt: true } },
} as const;

export function toSourceSummary({
  snapshots,
  ...source
}: Omit<SourceSummary, "snapshot"> & { snapshots: { sha256: string; fetchedAt: Date }[] }): SourceSummary {
  return { ...source, snapshot: snapshots[0] ?? null };
}

/** A claim of the user's workspace with everything its detail panel shows, or NOT_FOUND. */
export async function findClaimDetail(options: {
  user: Pick<SessionUser, "workspace">;
  claimId: string;
}): Promise<ClaimDetail> {
  const prisma = getPrisma();
  const workspaceId = options.user.workspace.id;
  const claim = await prisma.claim.findFirst({
    where: { id: options.claimId, workspaceId },
    select: {
      ...CLAIM_VIEW_SELECT,
      articleId: true,
      decisions: { orderBy: { createdAt: "desc" }, select: DECISION_SELECT },
      evidence: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          stance: true,
          excerpt: true,
          accessedAt: true,
          createdAt: true,
          createdBy: { select: { name: true } },
          source: { select: SOURCE_SUMMARY_SELECT },
        },
      },
      comments: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          body: true,
          authorId: true,
          createdAt: true,
          author: { select: { name: true } },
          mentions: { select: { userId: true, user: { select: { name: true } } } },
        },
      },
    },
  });
  if (!claim) throw new AppError("NOT_FOUND", "That claim was not found in this workspace.");
  const timeline = await findTimeline(prisma, workspaceId, { entityType: "Claim", entityId: claim.id });
  return {
    claim: toClaimView(claim),
    articleId: claim.articleId,
    decisions: claim.decisions.map(toDecisionView),
    evidence: claim.evidence.map(({ createdBy, source, ...evidence }) => ({
      ...evidence,
      createdByName: createdBy.name,
      source: toSourceSummary(source),
    })),
    comments: claim.comments.map(({ author, mentions, ...comment }) => ({
      ...comment,
      authorName: author.name,
      mentions: mentions.map((mention) => ({ userId: mention.userId, name: mention.user.name })),
    })),
    timeline,
  };
}
