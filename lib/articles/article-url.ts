// Parameters that say how a reader arrived, not which article it is.
const TRACKING = /^(?:utm_.+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$/i;

/**
 * The form an article's address is stored and matched in: absolute http(s),
 * without fragment or tracking parameters, so the same story reached from a
 * newsletter and from social media is one article. Null for anything else.
 */
export function normalizeArticleUrl(value: string | null | undefined): string | null {
  if (!value?.trim()) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  url.hash = "";
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING.test(name)) url.searchParams.delete(name);
  }
  return url.href;
}
