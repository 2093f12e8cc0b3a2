import { randomUUID } from "node:crypto";
import { executeAction } from "@/lib/actions/execute-action";
import { authenticateApiToken } from "@/lib/api-tokens/authenticate";
import { getSessionUser } from "@/lib/auth/session";
import { AppError, statusOf } from "@/lib/errors";
import { appUrlFor } from "@/lib/exports/app-url";
import { exportBaseHeaders, exportDownloadHeaders } from "@/lib/exports/export-headers";
import { EXPORT_FORMATS, type ExportFormat } from "@/lib/exports/formats";
import { exportArticle, FORMAT_LIST } from "@/lib/exports/render-export";

/**
 * GET ?format=html|pdf|md|csv|w3c|claimreview: one article in one format, for a member of its
 * workspace signed in (session cookie) or holding a personal API token (Authorization: Bearer).
 */
export async function GET(request: Request, { params }: { params: Promise<{ articleId: string }> }) {
  const format = new URL(request.url).searchParams.get("format");
  if (!EXPORT_FORMATS.includes(format as ExportFormat)) {
    return Response.json(
      {
        error: `Unknown format${format ? ` “${format}”` : ""}. Choose one of: ${FORMAT_LIST}.`,
        formats: EXPORT_FORMATS,
      },
      { status: 400, headers: exportBaseHeaders() },
    );
  }
  try {
    // A token says who is asking even when a session cookie came along; without one, the session does.
    const user = (await authenticateApiToken(request)) ?? (await getSessionUser());
    if (!user) {
      return unauthorized("Sign in, or send a personal API token as “Authorization: Bearer <token>”.");
    }
    const result = await executeAction(exportArticle, user, {
      articleId: (await params).articleId,
      format,
      appUrl: appUrlFor(new URL(request.url).origin),
    });
    if (!result.ok) {
      return Response.json(
        { error: result.error },
        { status: statusOf(result.code), headers: exportBaseHeaders() },
      );
    }
    const { body } = result.data;
    return new Response(typeof body === "string" ? body : Buffer.from(body), {
      headers: exportDownloadHeaders(result.data),
    });
  } catch (error) {
    // A refused token (revoked, expired, unknown) says why.
    if (error instanceof AppError && error.code === "UNAUTHORIZED") return unauthorized(error.message);
    const reference = randomUUID().slice(0, 8);
    console.error(`[${reference}] export failed`, error);
    return Response.json(
      { error: `Something went wrong on our side (reference ${reference}).` },
      { status: 500, headers: exportBaseHeaders() },
    );
  }
}

function unauthorized(error: string): Response {
  return Response.json(
    { error },
    { status: 401, headers: { ...exportBaseHeaders(), "www-authenticate": "Bearer" } },
  );
}
