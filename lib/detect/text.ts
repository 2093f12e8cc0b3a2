/**
 * Sentence and paragraph boundaries, found in one linear pass. Every pattern here has bounded
 * repetition so that 5 MB of dots, spaces or one endless word cannot make it backtrack.
 */

// A sentence ends at . ! ? (and closing quotes or brackets) before whitespace and a capital,
// digit or opening quote; or at a line break.
const BOUNDARY = /\n|[.!?…]{1,4}["”’)\]]{0,3}(?=[ \t]{1,20}["“‘([]{0,2}[\p{Lu}\d])/gu;
const WORD_BEFORE = /(?:^|[^\p{L}.])([\p{L}.]{1,12})$/u;
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof gen lt col capt sgt maj rep sen gov st jr sr vs no nos fig jan feb mar apr jun jul aug " +
    "sep sept oct nov dec u.s u.n u.k e.g i.e a.m p.m mt ft approx est rev hon adm cmdr cpl pvt"
  ).split(" "),
);

/** The start offsets of every sentence in `text` from `from` on, in order. */
export function findSentenceStarts(text: string, from = 0): number[] {
  const starts = [from];
  BOUNDARY.lastIndex = from;
  for (let match = BOUNDARY.exec(text); match; match = BOUNDARY.exec(text)) {
    const end = match.index + match[0].length;
    if (match[0] !== "\n" && isAbbreviation(text, match.index)) continue;
    let next = end;
    while (next < text.length && (text[next] === " " || text[next] === "\t" || text[next] === "\n")) next++;
    if (next > (starts.at(-1) ?? 0)) starts.push(next);
    BOUNDARY.lastIndex = Math.max(BOUNDARY.lastIndex, next); // each character is looked at once
  }
  return starts;
}

function isAbbreviation(text: string, periodAt: number): boolean {
  if (text[periodAt] !== ".") return false;
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, periodAt - 13), periodAt))?.[1];
  if (!word) return false;
  // A single capital is an initial ("J. Smith"); a known abbreviation does not end a sentence either.
  return /^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

/** Looks up which sentence an offset falls in; built once per text. */
export class SentenceIndex {
  constructor(
    private readonly starts: number[],
    private readonly length: number,
  ) {}

  static of(text: string, from = 0): SentenceIndex {
    return new SentenceIndex(findSentenceStarts(text, from), text.length);
  }

  /** The index of the sentence containing `offset`. */
  indexOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** [start, end) of the sentence containing `offset`. */
  around(offset: number): { start: number; end: number } {
    const index = this.indexOf(offset);
    return { start: this.starts[index] ?? 0, end: this.starts[index + 1] ?? this.length };
  }

  /** [start, end) of sentence number `index`. */
  at(index: number): { start: number; end: number } {
    return { start: this.starts[index] ?? this.length, end: this.starts[index + 1] ?? this.length };
  }
}

/** Line (paragraph) boundaries, found once, so that asking for many offsets stays linear. */
export class ParagraphIndex {
  private readonly breaks: number[] = [];

  constructor(private readonly text: string) {
    for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) this.breaks.push(at);
  }

  /** [start, end) of the line containing `offset`, without its line break. */
  around(offset: number): { start: number; end: number } {
    let low = 0;
    let high = this.breaks.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.breaks[middle] ?? 0) < offset) low = middle + 1;
      else high = middle;
    }
    const previous = this.breaks[low - 1];
    return { start: previous === undefined ? 0 : previous + 1, end: this.breaks[low] ?? this.text.length };
  }
}

/** True when [start, end) overlaps one of `spans`: sorted by start and not overlapping each other. */
export function overlapsAny(spans: readonly { start: number; end: number }[], start: number, end: number) {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((spans[middle]?.end ?? 0) <= start) low = middle + 1;
    else high = middle;
  }
  const span = spans[low];
  return span !== undefined && span.start < end;
}
