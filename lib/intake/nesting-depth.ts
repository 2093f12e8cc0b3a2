/**
 * Deepest nesting an HTML source may have: Chromium's parser stops nesting
 * at 512 too. jsdom's parser does not stop, and its cost grows with the
 * square of the depth (5,000 nested <div>s, 25 KB, take seconds), so deeper
 * sources are refused before they are parsed.
 */
export const MAX_NESTING_DEPTH = 512;

export class NestingTooDeepError extends Error {
  override name = "NestingTooDeepError";
}

const VOID = new Set(
  "area base br col embed hr img input link meta param source track wbr basefont bgsound frame keygen".split(
    " ",
  ),
);
const RAW_TEXT = new Set([
  "script",
  "style",
  "textarea",
  "title",
  "xmp",
  "iframe",
  "noembed",
  "noframes",
  "noscript",
]);
// Elements whose start closes an open one of the same kind (<p>a<p>b, <li>a<li>b), as HTML's parser does.
const SELF_CLOSING_SIBLINGS = new Set([
  "p",
  "li",
  "dt",
  "dd",
  "tr",
  "td",
  "th",
  "option",
  "optgroup",
  "rb",
  "rt",
  "rp",
]);
const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

/**
 * Throws NestingTooDeepError when `html` nests elements deeper than
 * MAX_NESTING_DEPTH. One linear pass over the tags, closing implied ends the
 * way HTML does for the common cases; it may overestimate a little on
 * unusual markup, never underestimate.
 */
export function assertNestingWithin(html: string, limit: number = MAX_NESTING_DEPTH): void {
  const open: string[] = [];
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    const [, slash, rawName, attributes] = match;
    if (!rawName) continue; // a comment
    const name = rawName.toLowerCase();
    if (slash) {
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
      continue;
    }
    if (VOID.has(name) || attributes?.trimEnd().endsWith("/")) continue;
    if (RAW_TEXT.has(name)) {
      skipRawText(html, name);
      continue;
    }
    if (SELF_CLOSING_SIBLINGS.has(name) && open.at(-1) === name) open.pop();
    open.push(name);
    if (open.length > limit) throw new NestingTooDeepError(`nested more than ${limit} elements deep`);
  }
}

/** Moves past a raw-text element's content (a script's "<div>" is not an element). */
function skipRawText(html: string, name: string): void {
  const end = html.toLowerCase().indexOf(`</${name}`, TAG.lastIndex);
  TAG.lastIndex = end < 0 ? html.length : end;
}
