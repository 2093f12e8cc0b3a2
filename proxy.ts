import { type NextRequest, NextResponse } from "next/server";
import { PATH_HEADER } from "@/lib/auth/path-header";
import { buildContentSecurityPolicy } from "@/lib/http/content-security-policy";

/**
 * Runs before every page: gives it a fresh script nonce and its
 * Content-Security-Policy, and passes the requested path to server
 * components so that a redirect to sign-in can bring the editor back. Access
 * checks do not live here: every page and action authorizes in lib/.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = buildContentSecurityPolicy(nonce, process.env.NODE_ENV !== "production");
  const headers = new Headers(request.headers);
  headers.set(PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|icon.svg|robots.txt|apple-touch-icon.png).*)"],
};
