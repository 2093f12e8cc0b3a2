import { readEnv } from "@/lib/env";

/**
 * The app's public origin, without a trailing slash, for the absolute links exports carry
 * (annotation ids, ClaimReview urls): NEXTAUTH_URL when configured, else the origin the
 * request came in on.
 */
export function appUrlFor(requestOrigin: string): string {
  return (readEnv().NEXTAUTH_URL ?? requestOrigin).replace(/\/+$/, "");
}

/** The report page of an article: what ClaimReview urls and annotation ids point into. */
export function reportUrlFor(appUrl: string, articleId: string): string {
  return `${appUrl}/articles/${articleId}/report`;
}
