import type { SessionUser } from "@/lib/auth/session-user";
import { getPrisma } from "@/lib/db";
import type { SourceType, Stance, Verdict } from "@/lib/generated/prisma/enums";
import type { SnapshotView } from "./capture-snapshot";

/** A claim citing a source, with the stances it cites it for. */
export type CitingClaim = {
  claimId: string;
  articleId: string;
  articleTitle: string;
  quote: string;
  verdict: Verdict;
  stances: Stance[];
};

/** Everything the source page shows. */
export type SourceDetail = {
  id: string;
  url: string | null;
  title: string;
  publisher: string | null;
  type: SourceType;
  reliability: number | null;
  notes: string | null;
  revision: number;
  createdByName: string;
  createdAt: Date;
  updatedAt: Date;
  snapshots: Array<SnapshotView & { text: string }>;
  citations: CitingClaim[];
};

const SNAPSHOTS_SHOWN = 20;

/** A source of the user's workspace with its snapshots (newest first) and the claims citing it, or null. */
export async function getSourceDetail(options: {
  user: Pick<SessionUser, "workspace">;
  sourceId: string;
}): Promise<SourceDetail | null> {
  const source = await getPrisma().source.findFirst({
    where: { id: options.sourceId, workspaceId: options.user.workspace.id },
    include: {
      createdBy: { select: { name: true } },
      snapshots: { orderBy: { fetchedAt: "desc" }, take: SNAPSHOTS_SHOWN },
      evidence: {
        orderBy: { createdAt: "asc" },
        select: {
          stance: true,
          claim: {
            select: {
              id: true,
              articleId: true,
              quoteExact: true,
              verdict: true,
              article: { select: { title: true } },
            },
          },
        },
      },
    },
  });
  if (!source) return null;
  const {
    createdBy,
    snapshots,
    evidence,
    workspaceId: _workspace,
    createdById: _creator,
    ...fields
  } = source;
  const citations = new Map<string, CitingClaim>();
  for (const { stance, claim } of evidence) {
    const citing = citations.get(claim.id) ?? {
      claimId: claim.id,
      articleId: claim.articleId,
      articleTitle: claim.article.title,
      quote: claim.quoteExact,
      verdict: claim.verdict,
      stances: [],
    };
    citing.stances.push(stance);
    citations.set(claim.id, citing);
  }
  return {
    ...fields,
    createdByName: createdBy.name,
    snapshots: snapshots.map(({ sourceId: _source, ...snapshot }) => ({
      ...snapshot,
      size: Buffer.byteLength(snapshot.text, "utf8"),
    })),
    citations: [...citations.values()],
  };
}
