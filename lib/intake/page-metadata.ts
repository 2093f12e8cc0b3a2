import type { FoundMetadata } from "./types";

type Json = Record<string, unknown>;

/**
 * What a news page says about itself, read before Readability rewrites the
 * page: schema.org JSON-LD (NewsArticle and kin) first, then Open Graph and
 * article: meta tags, then plain HTML (<title>, lang, canonical link).
 */
export function readPageMetadata(document: Document): FoundMetadata {
  const ld = findLinkedDataArticle(document);
  const meta = (name: string) =>
    document
      .querySelector(`meta[property="${name}" i], meta[name="${name}" i], meta[itemprop="${name}" i]`)
      ?.getAttribute("content")
      ?.trim() || null;
  const canonical = document.querySelector('link[rel="canonical" i]')?.getAttribute("href") ?? null;
  return {
    title: text(ld?.headline) ?? meta("og:title") ?? meta("twitter:title") ?? undefined,
    outlet: nameOf(ld?.publisher) ?? meta("og:site_name") ?? meta("application-name"),
    byline: namesOf(ld?.author) ?? meta("author") ?? meta("article:author") ?? meta("parsely-author"),
    url: absoluteHttpUrl(canonical, document.baseURI) ?? absoluteHttpUrl(meta("og:url"), document.baseURI),
    language:
      normalizeLanguage(document.documentElement.getAttribute("lang")) ??
      normalizeLanguage(text(ld?.inLanguage)) ??
      normalizeLanguage(meta("og:locale")),
    publishedAt:
      parseDate(text(ld?.datePublished)) ??
      parseDate(meta("article:published_time")) ??
      parseDate(meta("datePublished")) ??
      parseDate(meta("parsely-pub-date")) ??
      parseDate(meta("date")) ??
      parseDate(document.querySelector("time[datetime]")?.getAttribute("datetime") ?? null),
    sourceUpdatedAt:
      parseDate(text(ld?.dateModified)) ??
      parseDate(meta("article:modified_time")) ??
      parseDate(meta("og:updated_time")) ??
      parseDate(meta("dateModified")),
  };
}

/** The first JSON-LD object whose type is an article (NewsArticle, ReportageNewsArticle, BlogPosting …). */
function findLinkedDataArticle(document: Document): Json | null {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json" i]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue; // a site's broken JSON-LD is its problem, not the import's
    }
    const queue: unknown[] = [data];
    for (let index = 0; index < queue.length && index < 200; index++) {
      const item = queue[index];
      if (Array.isArray(item)) queue.push(...item);
      else if (isObject(item)) {
        const types = [item["@type"]].flat().map(String);
        if (types.some((type) => /Article$|BlogPosting$/.test(type))) return item;
        if (item["@graph"]) queue.push(item["@graph"]);
      }
    }
  }
  return null;
}

function text(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (Array.isArray(value)) return text(value[0]);
  return null;
}

function nameOf(value: unknown): string | null {
  if (isObject(value)) return text(value.name);
  return text(value);
}

function namesOf(value: unknown): string | null {
  const names = [value]
    .flat()
    .map(nameOf)
    .filter((name): name is string => Boolean(name));
  return names.length > 0 ? names.join(", ") : null;
}

/** A date from ISO 8601 text (what pages put in meta tags), or null. */
export function parseDate(value: string | null): Date | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}/.test(value.trim())) return null;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "en_US" → "en-US", "EN" → "en"; null for anything that is not a language tag. */
export function normalizeLanguage(value: string | null): string | null {
  const match = /^([a-z]{2,3})(?:[-_]([a-z0-9]{2,8}))?$/i.exec(value?.trim() ?? "");
  if (!match?.[1]) return null;
  const region = match[2];
  const subtag = region && region.length === 2 ? region.toUpperCase() : region;
  return subtag ? `${match[1].toLowerCase()}-${subtag}` : match[1].toLowerCase();
}

function absoluteHttpUrl(value: string | null, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
