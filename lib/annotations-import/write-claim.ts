import { VERDICT_LABELS } from "@/components/claims/labels";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { anchorRowColumns, claimAnchorColumns } from "@/lib/claims/anchor-data";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Stance, Verdict } from "@/lib/generated/prisma/enums";
import { describeMissing, missingForVerdict } from "@/lib/verdicts/evidence-rules";
import { MAX_ATTEMPTS_LENGTH, MAX_RATIONALE_LENGTH } from "@/lib/verdicts/schemas";
import type { PlacedDraft } from "./place-drafts";
import type { DraftEvidence } from "./read-annotation";
import { type SourceMatch, sourceKey } from "./resolve-sources";

const MAX_NOTE_LENGTH = 2000;
const MAX_EXCERPT_LENGTH = 5000;

type WriteOptions = {
  user: SessionUser;
  articleId: string;
  versionId: string;
  claim: PlacedDraft;
  /** The claim's evidence with source fields normalized (./resolve-sources.ts). */
  evidence: DraftEvidence[];
  sources: Map<string, SourceMatch>;
};

/**
 * Inside the import's transaction: one claim with its anchor, its evidence and (when the evidence
 * rules allow it) its verdict, each audited as the editor's own actions are. A verdict the rules
 * refuse, or one not on Factdesk's scale, leaves the claim unreviewed and says why.
 */
export async function writeClaim(tx: Prisma.TransactionClient, options: WriteOptions) {
  const { user, articleId, versionId, claim } = options;
  const { draft, anchor } = claim;
  const workspaceId = user.workspace.id;
  const evidence = uniqueEvidence(options.evidence, options.sources);
  const { verdict, notice } = decideVerdict(draft, evidence);
  const note =
    draft.note && draft.note.length > MAX_NOTE_LENGTH
      ? `${draft.note.slice(0, MAX_NOTE_LENGTH - 1)}…`
      : draft.note;
  const created = await tx.claim.create({
    data: {
      workspaceId,
      articleId,
      originVersionId: versionId,
      ...claimAnchorColumns(anchor.quote, versionId),
      kind: draft.kind,
      note,
      verdict: verdict?.verdict ?? "UNREVIEWED",
      createdById: user.id,
      anchors: {
        create: { versionId, ...anchorRowColumns(anchor.quote), method: anchor.method, score: anchor.score },
      },
      evidence: { create: evidence.map((item) => ({ ...item, createdById: user.id })) },
      decisions: verdict ? { create: { ...verdict, setById: user.id } } : undefined,
    },
    select: {
      id: true,
      evidence: { select: { id: true, sourceId: true, stance: true, excerpt: true, accessedAt: true } },
    },
  });
  const audit = { workspaceId, actorId: user.id, entityType: "Claim", entityId: created.id, articleId };
  await recordAudit(tx, {
    ...audit,
    action: "claim.created",
    after: { articleId, versionId, kind: draft.kind, exact: anchor.quote.exact, importedFrom: draft.name },
  });
  for (const item of created.evidence) {
    const source = [...options.sources.values()].find((match) => match.id === item.sourceId);
    await recordAudit(tx, {
      ...audit,
      action: "claim.evidence_added",
      after: {
        evidenceId: item.id,
        sourceId: item.sourceId,
        sourceTitle: source?.title ?? null,
        stance: item.stance,
        excerpt: item.excerpt,
        accessedAt: item.accessedAt?.toISOString() ?? null,
      },
    });
  }
  if (verdict) {
    await recordAudit(tx, {
      ...audit,
      action: "claim.verdict_set",
      before: { verdict: "UNREVIEWED", rationale: null, asOf: null },
      after: {
        verdict: verdict.verdict,
        rationale: verdict.rationale,
        asOf: verdict.asOf?.toISOString() ?? null,
        ...(verdict.attempts ? { attempts: verdict.attempts } : {}),
      },
    });
  }
  return { evidenceAdded: created.evidence.length, verdictSet: verdict !== null, notice };
}

/** Evidence rows: one per source and stance, as the unique index wants. */
function uniqueEvidence(evidence: DraftEvidence[], sources: Map<string, SourceMatch>) {
  const rows = new Map<
    string,
    { sourceId: string; stance: Stance; excerpt: string | null; accessedAt: Date | null }
  >();
  for (const item of evidence) {
    const source = sources.get(sourceKey(item));
    if (!source) continue;
    const key = `${source.id} ${item.stance}`;
    if (rows.has(key)) continue;
    rows.set(key, {
      sourceId: source.id,
      stance: item.stance,
      excerpt: item.excerpt ? item.excerpt.trim().slice(0, MAX_EXCERPT_LENGTH) || null : null,
      accessedAt: item.accessedAt,
    });
  }
  return [...rows.values()];
}

type DecidedVerdict = {
  verdict: Exclude<Verdict, "UNREVIEWED">;
  rationale: string | null;
  attempts: string | null;
  asOf: Date | null;
};

/** The verdict to store with the claim, or null with the reason it was left unreviewed. */
function decideVerdict(
  draft: PlacedDraft["draft"],
  evidence: { stance: Stance }[],
): { verdict: DecidedVerdict | null; notice: string | null } {
  const asked = draft.verdict;
  if (!asked || asked.value === "UNREVIEWED") return { verdict: null, notice: null };
  const unreviewed = (why: string) => ({
    verdict: null,
    notice: `${draft.name}: ${why}; the claim was imported unreviewed.`,
  });
  if (asked.value === null)
    return unreviewed(`“${asked.label.slice(0, 80)}” is not a verdict on Factdesk's scale`);
  const label = VERDICT_LABELS[asked.value];
  if (
    (asked.rationale?.length ?? 0) > MAX_RATIONALE_LENGTH ||
    (asked.attempts?.length ?? 0) > MAX_ATTEMPTS_LENGTH
  ) {
    return unreviewed(`the rationale of its “${label}” verdict is longer than Factdesk keeps`);
  }
  const missing = missingForVerdict({
    verdict: asked.value,
    rationale: asked.rationale,
    attempts: asked.attempts,
    stances: evidence.map((item) => item.stance),
  });
  if (missing.length > 0) return unreviewed(describeMissing(label, missing).replace(/\.$/, ""));
  return {
    verdict: {
      verdict: asked.value,
      rationale: asked.rationale,
      attempts: asked.attempts,
      asOf: asked.decidedAt,
    },
    notice: null,
  };
}
