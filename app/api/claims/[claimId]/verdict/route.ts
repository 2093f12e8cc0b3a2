import { respondWithAction } from "@/lib/http/action-route";
import { readJson } from "@/lib/http/read-json";
import { setVerdict } from "@/lib/verdicts/set-verdict";

type Context = { params: Promise<{ claimId: string }> };

/**
 * POST { verdict, rationale, asOf?, attempts?, revision } → the claim as the
 * review workspace shows it (ClaimView). 409 when the claim changed since
 * `revision`, 422 when the verdict breaks an evidence rule or the input is invalid.
 */
export async function POST(request: Request, { params }: Context) {
  const body = await readJson(request);
  const fields = body !== null && typeof body === "object" && !Array.isArray(body) ? body : {};
  return respondWithAction(setVerdict, request, { ...fields, claimId: (await params).claimId });
}
