import type { Config } from "dompurify";
import { getPurify } from "./html-dom";
import { assertNestingWithin } from "./nesting-depth";

/**
 * The markup an article keeps: p, h1–h4, blockquote, ul/ol/li, a (http, https
 * and mailto links only), strong/em (and their b/i spellings) and br. The
 * other block elements listed are let through only so that their edges still
 * separate paragraphs; dom-to-document turns every one into plain paragraphs,
 * so none of them is stored. Everything else is removed, its text kept,
 * except scripts, styles, frames, forms' controls and the like, which go
 * with their content.
 */
const KEPT = [
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "blockquote",
  "ul",
  "ol",
  "li",
  "a",
  "strong",
  "em",
  "b",
  "i",
  "br",
];
const BOUNDARIES = [
  ...["div", "section", "article", "main", "header", "footer", "aside", "figure", "figcaption", "address"],
  ...[
    "pre",
    "table",
    "caption",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "td",
    "th",
    "dl",
    "dt",
    "dd",
    "h5",
    "h6",
    "hr",
  ],
];

const CONFIG: Config = {
  ALLOWED_TAGS: [...KEPT, ...BOUNDARIES],
  ALLOWED_ATTR: ["href"],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ADD_FORBID_CONTENTS: ["nav", "button", "select", "option", "datalist", "dialog", "menu", "canvas"],
};

/** What the sanitizer took out that an editor should hear about. */
export type RemovedMarkup = {
  scripts: number;
  frames: number;
  styles: number;
  handlers: number;
  links: number;
  media: number;
};

/** Sanitizes untrusted HTML with DOMPurify, returning the safe fragment and a count of what went. */
export function sanitizeHtml(html: string): { fragment: DocumentFragment; removed: RemovedMarkup } {
  assertNestingWithin(html); // DOMPurify parses with jsdom too
  const purify = getPurify();
  // The input is always body content. An explicit <body> start tag makes the parser ignore a later
  // <frameset> (HTML's frameset-ok flag), which would otherwise leave DOMPurify a document without a body.
  const fragment = purify.sanitize(`<body>${html}`, {
    ...CONFIG,
    RETURN_DOM_FRAGMENT: true,
  }) as unknown as DocumentFragment;
  return { fragment, removed: countRemoved(purify.removed) };
}

function countRemoved(entries: unknown[]): RemovedMarkup {
  const removed: RemovedMarkup = { scripts: 0, frames: 0, styles: 0, handlers: 0, links: 0, media: 0 };
  for (const entry of entries as Array<{ element?: Element; attribute?: Attr | null }>) {
    const tag = entry.element?.nodeName?.toLowerCase();
    const attribute = entry.attribute?.name?.toLowerCase();
    if (attribute?.startsWith("on")) removed.handlers++;
    else if (attribute === "style") removed.styles++;
    else if (
      attribute === "href" &&
      /^\s*(?:javascript|data|vbscript):/i.test(entry.attribute?.value ?? "")
    ) {
      removed.links++;
    } else if (tag === "script" || tag === "noscript") removed.scripts++;
    else if (tag === "iframe" || tag === "frame" || tag === "object" || tag === "embed") removed.frames++;
    else if (tag === "style" || tag === "link") removed.styles++;
    else if (tag === "img" || tag === "video" || tag === "audio" || tag === "svg" || tag === "picture")
      removed.media++;
  }
  return removed;
}

/** Notes for the editor, e.g. "Removed 2 scripts and 5 event handlers." */
export function describeRemoved(removed: RemovedMarkup): string[] {
  const unsafe = [
    plural(removed.scripts, "script"),
    plural(removed.frames, "embedded frame"),
    plural(removed.handlers, "event handler"),
    plural(removed.links, "unsafe link"),
  ].filter(Boolean);
  const notes: string[] = [];
  if (unsafe.length > 0) notes.push(`Removed unsafe markup: ${unsafe.join(", ")}.`);
  if (removed.styles > 0) notes.push("Styling was left out: articles keep their text and structure only.");
  if (removed.media > 0)
    notes.push(`${plural(removed.media, "image or media element")} left out: Factdesk keeps text.`);
  return notes;
}

function plural(count: number, noun: string): string {
  if (count === 0) return "";
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
