import { attachEvidence } from "@/lib/evidence/attach-evidence";
import { respondWithAction } from "@/lib/http/action-route";
import { readJson } from "@/lib/http/read-json";

type Context = { params: Promise<{ claimId: string }> };

type Body = {
  sourceId?: unknown;
  newSource?: unknown;
  stance?: unknown;
  excerpt?: unknown;
  accessedAt?: unknown;
};

/** POST { sourceId | newSource, stance, excerpt?, accessedAt? } → the evidence attached to the claim. */
export async function POST(request: Request, { params }: Context) {
  const body = ((await readJson(request)) ?? {}) as Body;
  return respondWithAction(attachEvidence, request, {
    claimId: (await params).claimId,
    sourceId: body.sourceId,
    newSource: body.newSource,
    stance: body.stance,
    excerpt: body.excerpt,
    accessedAt: body.accessedAt,
  });
}
