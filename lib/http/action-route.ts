import "server-only";
import { randomUUID } from "node:crypto";
import type { ActionDefinition } from "@/lib/actions/define-action";
import { executeAction } from "@/lib/actions/execute-action";
import { getSessionUser } from "@/lib/auth/session";
import { statusOf } from "@/lib/errors";

/**
 * Serves an action from a route handler: refuses cross-site writes, runs
 * the action for the signed-in user and answers JSON with the status its
 * result calls for (422 bad input, 401, 403, 404, 409 …, 500 with a reference).
 */
export async function respondWithAction<Input, Output>(
  action: ActionDefinition<Input, Output>,
  request: Request,
  rawInput: unknown,
): Promise<Response> {
  if (request.method !== "GET" && request.method !== "HEAD" && !isSameOrigin(request)) {
    return Response.json({ error: "Cross-site requests are not allowed." }, { status: 403 });
  }
  try {
    const result = await executeAction(action, await getSessionUser(), rawInput);
    if (result.ok) return Response.json(result.data);
    return Response.json(
      { error: result.error, fieldErrors: result.fieldErrors },
      { status: statusOf(result.code) },
    );
  } catch (error) {
    const reference = randomUUID().slice(0, 8);
    console.error(`[${reference}] ${action.name} failed`, error);
    return Response.json(
      { error: `Something went wrong on our side (reference ${reference}).` },
      { status: 500 },
    );
  }
}

/**
 * A state-changing request must come from our own pages: browsers send
 * Origin on cross-site POSTs, and it must name this host.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return request.headers.get("sec-fetch-site") !== "cross-site";
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
