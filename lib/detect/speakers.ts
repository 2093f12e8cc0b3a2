/**
 * Who is quoted: the attribution nearest to the quote in its paragraph ("“…,” Baek told reporters.
 * “Twice.”" → both are Baek's), else the person a sentence like "Kim praised the regiment, saying …"
 * starts with. A quote with neither keeps no speaker rather than a guess.
 */
import type { AttributionValue } from "./attributions";
import type { Context } from "./context";
import type { NameBook } from "./name-book";
import type { QuoteValue } from "./quotes";
import { ParagraphIndex } from "./text";
import type { Found } from "./types";

export function assignSpeakers(
  ctx: Context,
  quotes: Found<QuoteValue>[],
  attributions: readonly Found<AttributionValue>[],
  book: NameBook,
): void {
  const paragraphs = new ParagraphIndex(ctx.text);
  let first = 0;
  for (const quote of quotes) {
    // A speaker is named within a few hundred characters; the bound keeps a text without line breaks linear.
    const line = paragraphs.around(quote.start);
    const paragraph = {
      start: Math.max(line.start, quote.start - 400),
      end: Math.min(line.end, quote.end + 400),
    };
    while (first < attributions.length && (attributions[first]?.end ?? 0) <= paragraph.start) first++;
    let best: { source: string; distance: number } | null = null;
    for (let index = first; index < attributions.length; index++) {
      const attribution = attributions[index] as Found<AttributionValue>;
      if (attribution.start >= paragraph.end) break;
      if (attribution.start >= quote.start && attribution.end <= quote.end) continue; // inside the quote
      const distance =
        attribution.end <= quote.start
          ? quote.start - attribution.end
          : Math.max(0, attribution.start - quote.end);
      if (!best || distance < best.distance) best = { source: attribution.normalized.source, distance };
    }
    if (best) {
      quote.normalized = { speaker: best.source };
      continue;
    }
    const sentence = ctx.sentences.around(quote.start);
    const subject = book
      .endingBefore(quote.start, Math.max(sentence.start, quote.start - 300))
      .filter((entity) => entity.normalized.type === "person")
      .sort((a, b) => a.start - b.start)[0];
    if (subject && /(?:^|[^\p{L}])saying\s/u.test(ctx.text.slice(subject.end, quote.start))) {
      quote.normalized = { speaker: book.fullName(subject) };
    }
  }
}
