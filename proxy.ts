import { type NextRequest, NextResponse } from "next/server";
import { PATH_HEADER } from "@/lib/auth/path-header";

/**
 * Passes the requested path to server components, so that a redirect to
 * sign-in can bring the editor back to the page they asked for. Access checks
 * do not live here: every page and action authorizes in lib/.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"] };
