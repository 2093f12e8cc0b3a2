import createDOMPurify, { type DOMPurify } from "dompurify";
import { JSDOM } from "jsdom";
import { assertNestingWithin } from "./nesting-depth";

type Window = JSDOM["window"];

// One window for the process: creating a jsdom window costs ~30 ms, parsing a page into a new
// document of it a few. Parsing is synchronous, so requests never interleave inside it.
let shared: { window: Window; purify: DOMPurify } | undefined;

function getShared(): { window: Window; purify: DOMPurify } {
  if (!shared) {
    // No scripts run and nothing is loaded: jsdom's defaults, spelled out because they are the point.
    const { window } = new JSDOM("", { runScripts: undefined, resources: undefined });
    shared = { window, purify: createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]) };
  }
  return shared;
}

/**
 * Parses an HTML page into an inert document (no scripts run, nothing
 * loaded). With `baseUrl`, relative links resolve against it. Throws
 * NestingTooDeepError for markup nested past what is reasonable to parse.
 */
export function parseHtml(html: string, baseUrl?: string): Document {
  assertNestingWithin(html);
  const { window } = getShared();
  const document = new window.DOMParser().parseFromString(html, "text/html") as unknown as Document;
  if (baseUrl) {
    for (const existing of document.querySelectorAll("base")) existing.remove();
    const base = document.createElement("base");
    base.setAttribute("href", baseUrl);
    document.head.prepend(base);
  }
  return document;
}

/** The process's DOMPurify, bound to the shared window. */
export function getPurify(): DOMPurify {
  return getShared().purify;
}
