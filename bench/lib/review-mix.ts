import type autocannon from "autocannon";
import type { ReviewSeed, SeededClaim } from "./review-seed";

/** The request types of the review mix, and the share of requests each gets. */
export const MIX = { read: 0.7, verdict: 0.2, evidence: 0.1 } as const;
export type Kind = keyof typeof MIX;

// Half of the verdict writes go to a few "hot" claims, so that editors regularly race on one claim.
const HOT_CLAIMS = 5;
const STANCES = ["SUPPORTS", "REFUTES", "CONTEXT"] as const;

type Context = { kind?: Kind; claimId?: string };

/** Responses of one kind: latencies and counts by status. */
export type KindRecord = { latencies: number[]; statuses: Map<number, number> };

/**
 * The autocannon request of the review mix: 70% reads of the article page, 20% verdicts, 10%
 * evidence. Verdict writes send the newest revision this client knows of the claim (from earlier
 * responses of any connection); a conflict makes it re-read the claim's revision (`refresh`),
 * as the UI re-reads the claim. Verdicts never break an evidence rule: "verified" only on claims
 * with supporting evidence, else "misleading" (rationale only) or "unverifiable" (what was tried).
 */
export function createReviewMix(options: {
  seed: ReviewSeed;
  refresh: (claimId: string) => Promise<number | undefined>;
  random: () => number;
}) {
  const { seed, random } = options;
  const revisions = new Map(seed.claims.map((claim) => [claim.id, claim.revision]));
  const refreshing = new Set<string>();
  const records: Record<Kind, KindRecord> = {
    read: { latencies: [], statuses: new Map() },
    verdict: { latencies: [], statuses: new Map() },
    evidence: { latencies: [], statuses: new Map() },
  };
  let lastKind: Kind | undefined;
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const noteRevision = (claimId: string, revision: unknown) => {
    if (typeof revision === "number" && revision > (revisions.get(claimId) ?? -1))
      revisions.set(claimId, revision);
  };

  function verdictBody(claim: SeededClaim): Record<string, unknown> {
    const choice = random();
    const revision = revisions.get(claim.id) ?? 0;
    const rationale = `Checked against the briefing (bench ${Math.floor(random() * 1e6)}).`;
    // Half the verdicts carry an "as of" date, as casualty figures do.
    const asOf = random() < 0.5 ? { asOf: "2026-01-15" } : {};
    if (claim.hasSupport && choice < 0.4) return { verdict: "VERIFIED", rationale, revision, ...asOf };
    if (choice < 0.8) return { verdict: "MISLEADING", rationale, revision, ...asOf };
    return {
      verdict: "UNVERIFIABLE",
      rationale,
      attempts: "Called the ministry; no answer.",
      revision,
      ...asOf,
    };
  }

  const request: autocannon.Request = {
    setupRequest: (req, rawContext) => {
      const context = rawContext as Context;
      const roll = random();
      // The client's own headers (its session cookie, the origin) come in req.headers (see setupClient).
      const headers = { ...req.headers, "content-type": "application/json" };
      if (roll < MIX.read) {
        context.kind = "read";
        return {
          ...req,
          method: "GET",
          path: `/articles/${seed.articleId}`,
          headers: req.headers,
          body: undefined,
        };
      }
      const claim =
        roll < MIX.read + MIX.verdict && random() < 0.5
          ? pick(seed.claims.slice(0, HOT_CLAIMS))
          : pick(seed.claims);
      context.claimId = claim.id;
      if (roll < MIX.read + MIX.verdict) {
        context.kind = "verdict";
        const body = JSON.stringify(verdictBody(claim));
        return { ...req, method: "POST", path: `/api/claims/${claim.id}/verdict`, headers, body };
      }
      context.kind = "evidence";
      const body = JSON.stringify({
        sourceId: pick(seed.sourceIds),
        stance: pick(STANCES),
        excerpt: `Excerpt ${Math.floor(random() * 1e6)}`,
      });
      return { ...req, method: "POST", path: `/api/claims/${claim.id}/evidence`, headers, body };
    },
    onResponse: (status, body, rawContext) => {
      const { kind, claimId } = rawContext as Context;
      lastKind = kind;
      if (kind !== "verdict" || !claimId) return;
      if (status === 200) {
        noteRevision(claimId, parseRevision(body));
      } else if (status === 409 && !refreshing.has(claimId)) {
        refreshing.add(claimId);
        options
          .refresh(claimId)
          .then((revision) => noteRevision(claimId, revision))
          .finally(() => refreshing.delete(claimId));
      }
    },
  };

  /** For the instance's "response" event, which autocannon emits right after onResponse of the same request. */
  function record(status: number, milliseconds: number): void {
    if (!lastKind) return;
    const entry = records[lastKind];
    entry.latencies.push(milliseconds);
    entry.statuses.set(status, (entry.statuses.get(status) ?? 0) + 1);
    lastKind = undefined;
  }

  /** Forgets what was recorded (after the warm-up); the revisions learnt are kept. */
  function reset(): void {
    for (const entry of Object.values(records)) {
      entry.latencies.length = 0;
      entry.statuses.clear();
    }
  }

  return { request, record, records, reset };
}

function parseRevision(body: string): unknown {
  try {
    const json = JSON.parse(body) as { revision?: unknown; claim?: { revision?: unknown } };
    return json.revision ?? json.claim?.revision;
  } catch {
    return undefined;
  }
}

/** A small deterministic generator (mulberry32), so two runs send the same mix. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
