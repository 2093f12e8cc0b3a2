// The characters the PDF's standard fonts (Helvetica) can draw: Windows-1252 (WinAnsi), i.e. Latin-1
// plus the typographic quotes, dashes, ellipsis, € and a few more. Hangul, Cyrillic, Greek, CJK and
// emoji are not among them. Embedding a font would need a TTF/OTF covering them; the repo's Inter
// comes as WOFF2 split by script and has no Hangul, so instead such characters print as a visible "?"
// (one per character, astral ones included) and the PDF says so; the HTML report shows them all.
const WIN_ANSI_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
const UNSUPPORTED = new RegExp(`[^\\n\\t\\x20-\\x7E\\xA0-\\xFF${WIN_ANSI_EXTRA}]`, "gu");

/** `text` with every character the standard PDF fonts cannot draw replaced by "?". */
export function pdfText(text: string): string {
  return text.replace(UNSUPPORTED, "?");
}

/** True when pdfText would change something in `text`. */
export function hasUndrawableCharacters(text: string): boolean {
  UNSUPPORTED.lastIndex = 0;
  const found = UNSUPPORTED.test(text);
  UNSUPPORTED.lastIndex = 0;
  return found;
}
