import type { ExportClaim } from "@/lib/exports/article-export";

/** One piece of a paragraph: text under the claims that cover it, a claim's [n] marker, or a line break. */
export type TextPiece =
  | { type: "text"; text: string; claims: ExportClaim[] }
  | { type: "marker"; claim: ExportClaim }
  | { type: "break" };

export type ArticleParagraph = { pieces: TextPiece[]; markers: ExportClaim[] };

/**
 * The exported text cut into paragraphs (blank lines separate them; a single newline is a line break)
 * with every anchored claim's quote marked by its offsets (UTF-16 code units, as JavaScript strings
 * count, so an emoji before a claim moves nothing) and its marker right after the quote's end. Offsets,
 * not string search: the same words may occur twice. Overlapping claims each mark their own range; a
 * claim that runs over a paragraph break marks both sides, its marker goes where it ends. Claims that
 * are not anchored or whose range lies outside the text get no marker (the claims table lists them).
 * Pure and linear in text + claims, so 1,000 claims cost little; the HTML, Markdown and PDF
 * formats all print from it.
 */
export function segmentText(text: string, claims: readonly ExportClaim[]): ArticleParagraph[] {
  const placed = claims.filter(
    (claim) =>
      claim.anchorStatus === "ANCHORED" &&
      Number.isInteger(claim.start) &&
      Number.isInteger(claim.end) &&
      claim.start >= 0 &&
      claim.start < claim.end &&
      claim.end <= text.length,
  );
  const ranges = paragraphRanges(text);
  const paragraphs: ArticleParagraph[] = ranges.map(() => ({ pieces: [], markers: [] }));
  const startsAt = groupBy(placed, (claim) => claim.start);
  const endsAt = groupBy(placed, (claim) => claim.end);
  const cuts = [...new Set([...startsAt.keys(), ...endsAt.keys(), ...ranges.flat()])].sort((a, b) => a - b);

  const active = new Set<ExportClaim>();
  let paragraph = 0; // the last paragraph that starts at or before the sweep
  for (let index = 0; index < cuts.length; index++) {
    const position = cuts[index] as number;
    while ((ranges[paragraph + 1]?.[0] ?? Infinity) <= position) paragraph++;
    // A quote that ends where a paragraph starts ended in the one before.
    const markerParagraph = paragraph > 0 && ranges[paragraph]?.[0] === position ? paragraph - 1 : paragraph;
    for (const claim of sortByNumber(endsAt.get(position) ?? [])) {
      active.delete(claim);
      paragraphs[markerParagraph]?.pieces.push({ type: "marker", claim });
      paragraphs[markerParagraph]?.markers.push(claim);
    }
    for (const claim of startsAt.get(position) ?? []) active.add(claim);
    const next = cuts[index + 1];
    const [start = 0, end = 0] = ranges[paragraph] ?? [];
    // Text between two cuts lies wholly inside a paragraph or wholly in the gap after it.
    if (next === undefined || position < start || next > end) continue;
    pushText(
      paragraphs[paragraph] as ArticleParagraph,
      text.slice(position, next),
      sortByNumber([...active]),
    );
  }
  return paragraphs.filter((item) => item.pieces.length > 0);
}

/** [start, end) of each paragraph: text between blank lines, whitespace-only stretches dropped. */
export function paragraphRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const separator = /\n[ \t]*\n\s*/g;
  let start = 0;
  for (const match of text.matchAll(separator)) {
    ranges.push([start, match.index]);
    start = match.index + match[0].length;
  }
  ranges.push([start, text.length]);
  return ranges.filter(([from, to]) => text.slice(from, to).trim().length > 0);
}

function pushText(paragraph: ArticleParagraph, text: string, claims: ExportClaim[]) {
  text.split("\n").forEach((line, index) => {
    if (index > 0) paragraph.pieces.push({ type: "break" });
    if (line) paragraph.pieces.push({ type: "text", text: line, claims });
  });
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function sortByNumber(claims: ExportClaim[]): ExportClaim[] {
  return claims.sort((a, b) => a.number - b.number);
}
