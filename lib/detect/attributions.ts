/**
 * Attributions: the phrase naming who said or reported something ("Kim Jong-un said", "said Kim",
 * "according to the Korean Central News Agency (KCNA)", "analysts say", "X told reporters",
 * "interpreted by analysts", "Kim praised the regiment, saying"), linked to the named source.
 * "Said" always attributes; "confirmed" or "reported" only when a statement follows ("confirmed that
 * …", not "confirmed the breach"); opinion verbs ("argue", "warned", "see") only with a subject.
 * Verbs inside quotations are the speaker's words, not attributions.
 */
import type { Context } from "./context";
import type { NameBook } from "./name-book";
import { overlapsAny } from "./text";
import type { Found } from "./types";

export type AttributionValue = { source: string };

const VERB = new RegExp(
  [
    "(?<strong>said|says|say|told|tells|added|adds)",
    "(?<statement>confirmed|confirms|announced|announces|reported|reports|disclosed|stated|states|noted|notes|acknowledged|admitted|explained|wrote|writes|estimated|estimates)",
    "(?<claim>argued|argue|argues|warned|warns|claimed|claims|insisted|insists|stressed|accused|accuses|blamed|blames|attributed|attributes|denied|denies|see|sees|believe|believes|think|thinks|expect|expects|suggested|suggests|predicted|predicts)",
    "(?<participle>saying|adding)",
    String.raw`(?<by>interpreted|described|seen|viewed|characterized|cited|quoted|criticized|disputed|questioned|welcomed)\s{1,2}by`,
    String.raw`(?<posted>posted|tweeted|wrote)\s{1,2}on`,
    "(?<shows>showed|shows|show)",
    String.raw`(?<according>[Aa]ccording\s{1,2}to)`,
  ]
    .join("|")
    .replace(/^/, "(?<![\\p{L}])(?:")
    .concat(")(?![\\p{L}])"),
  "gu",
);
const STATEMENT_FOLLOWS = /^(?:[^.;“”"\n]{0,30}?\s)?(?:that(?![\p{L}])|[:“"])/u;
const PASSIVE = /(?:^|[^\p{L}])(?:was|were|is|are|be|been|being)$/iu;
const AUXILIARY =
  /(?:^|\s)(?:also|later|then|previously|earlier|has|had|have|repeatedly|again|reportedly|separately|once|often|recently|only|still)$/u;
const PRONOUN = /(?:^|[^\p{L}])(he|she|they|we|it|He|She|They|We|It|I)$/u;
const GROUP_NOUNS =
  "analysts|experts|officials|observers|critics|residents|witnesses|police|authorities|media|sources|diplomats|economists|researchers|scientists|lawmakers|organizers|organisers|investigators|prosecutors|doctors|rescuers|forecasters|statistics|survey|poll|study|agency|company|government|group|union|office|statement|report|council|association|ministry|regulator|court|committee|department|firm|military|army|spokesman|spokeswoman|spokesperson|operator|organization|organisation|club|team|league|federation|newspaper|documents|draft|figures|data";
const GROUP_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])((?:(?:the|some|many|other|several|its|their|his|her)\s{1,2})?(?:[\p{Ll}’'-]{2,20}\s{1,2}){0,2}?(?:${GROUP_NOUNS}))$`,
  "iu",
);
const GROUP_AFTER = new RegExp(
  String.raw`^\s{1,2}((?:the\s{1,2})?(?:[\p{Ll}-]{2,20}\s{1,2}){0,1}(?:${GROUP_NOUNS}))(?![\p{L}])`,
  "iu",
);
const RECORD_BEFORE =
  /(?:^|[^\p{L}])((?:(?:the|official|new|latest|government|preliminary)\s{1,2}){0,2}(?:figures|data|statistics|survey|poll|study|report|documents|records))$/iu;
const TOLD_OBJECT =
  /^\s{1,2}(?:reporters|journalists|delegates|lawmakers|parliament|the press|the media)(?![\p{L}])/u;
const APPOSITIVE = /^(?:\s?\([^()\n]{1,60}\))?(?:,\s[^“”"\n]{1,200})?,$/u;
const NP_AFTER =
  /^\s{1,2}((?:(?:a|an|the|its|their)\s{1,2})?(?:[\p{L}’'-]{1,30}\s{1,2}){0,5}?[\p{L}’'-]{1,30})(?=[,.;:!?)”"\n]|\s{1,2}(?:on|in|at|that|which|who|when|after|before|since|as|and|but)(?![\p{L}])|$)/u;
const CLAUSE_BREAK =
  /,\s{1,2}|[;:]\s{1,2}|\s(?:that|after|before|when|while|because|as|since|and|but|if|although|whereas)\s{1,2}/gu;
const NOT_IN_SUBJECT =
  /(?:^|\s)(?:is|are|was|were|be|been|will|would|could|should|can|may|might|must|do|does|did|not|which|who|whom|where|said|says|told|“|”|")(?:\s|$)/iu;

/** A subject starts with a determiner or a capital ("Shipping lines", "the city’s finance bureau"). */
const SUBJECT_START =
  /^(?:(?:[Tt]he|[Aa]n?|[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Oo]ther|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hese|[Tt]hose)$|\p{Lu})/u;

type Source = { start: number; end?: number; source: string };

export function findAttributions(
  ctx: Context,
  book: NameBook,
  quotes: readonly { start: number; end: number }[],
): Found<AttributionValue>[] {
  const { text } = ctx;
  const found: Found<AttributionValue>[] = [];
  VERB.lastIndex = ctx.from;
  for (let match = VERB.exec(text); match; match = VERB.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const groups = match.groups ?? {};
    if (overlapsAny(quotes, start, end)) continue;
    const sentenceStart = ctx.sentences.around(start).start;
    const before = text.slice(Math.max(sentenceStart, start - 240), start);
    let source: Source | null = null;
    let spanEnd = end;
    if (groups.according || groups.by) {
      const after = sourceAfter(text, end, book, true);
      if (after)
        found.push({ kind: "attribution", start, end: after.end, normalized: { source: after.source } });
      continue;
    }
    if (groups.posted) {
      // "… and posted on Telegram": the platform ends the phrase; the sentence's subject is the source.
      const place = book.startingAt(end + (/^\s{1,2}/.exec(text.slice(end, end + 2))?.[0].length ?? 0));
      const speaker = place && sentenceSubject(text, sentenceStart, book);
      if (place && speaker)
        found.push({ kind: "attribution", start, end: place.end, normalized: { source: speaker } });
      continue;
    }
    if (groups.shows) {
      // "official figures showed": only records speak through "show", not "the video showed a man".
      const record = RECORD_BEFORE.exec(withoutAuxiliaries(before).slice(-60))?.[1];
      if (record) {
        const recordStart = start - (before.length - withoutAuxiliaries(before).length) - record.length;
        found.push({
          kind: "attribution",
          start: recordStart,
          end,
          normalized: { source: record.toLowerCase() },
        });
      }
      continue;
    }
    if (groups.participle) {
      source = participleSubject(text, start, sentenceStart, book);
      if (source)
        found.push({ kind: "attribution", start: source.start, end, normalized: { source: source.source } });
      continue;
    }
    if (
      groups.statement &&
      (PASSIVE.test(before.trimEnd()) || !STATEMENT_FOLLOWS.test(text.slice(end, end + 60)))
    )
      continue;
    source = sourceBefore(text, start, before, book, sentenceStart);
    if (!source && groups.strong) {
      const inverted = sourceAfter(text, end, book, false);
      if (inverted) {
        source = { start, source: inverted.source };
        spanEnd = inverted.end;
      }
    }
    if (!source) continue;
    if (/^tol/.test(match[0])) spanEnd = objectAfter(text, spanEnd, book) ?? spanEnd;
    found.push({
      kind: "attribution",
      start: source.start,
      end: spanEnd,
      normalized: { source: source.source },
    });
  }
  return found;
}

/**
 * Who is named just before the verb: a name (with "The" or an owner before it, and an appositive
 * after), a pronoun, a group ("analysts"), or the noun phrase the clause starts with.
 */
function sourceBefore(
  text: string,
  verbStart: number,
  before: string,
  book: NameBook,
  sentenceStart: number,
): Source | null {
  const trimmed = withoutAuxiliaries(before);
  const offset = verbStart - before.length;
  const subjectEnd = offset + trimmed.length;
  for (const entity of book.endingBefore(subjectEnd, offset)) {
    const between = text.slice(entity.end, subjectEnd);
    if (between === "" || /^\s?\([^()\n]{1,40}\)$/u.test(between) || APPOSITIVE.test(between)) {
      if (entity.normalized.type === "place" && between !== "") continue;
      return { start: widenName(text, entity.start, book), source: book.fullName(entity) };
    }
  }
  // End-anchored patterns run on the tail only: a regex engine tries every start position.
  const pronoun = PRONOUN.exec(trimmed.slice(-6))?.[1];
  if (pronoun)
    return { start: subjectEnd - pronoun.length, source: book.resolvePronoun(pronoun, subjectEnd) };
  const group = GROUP_BEFORE.exec(trimmed.slice(-80))?.[1];
  if (group) return { start: subjectEnd - group.length, source: book.resolveGroup(group, subjectEnd) };
  return clauseSubject(trimmed, offset, sentenceStart, book);
}

/** The text before a verb without trailing space and auxiliaries ("had", "also", "have"). */
function withoutAuxiliaries(before: string): string {
  let trimmed = before.trimEnd();
  for (let tail = AUXILIARY.exec(trimmed.slice(-14)); tail; tail = AUXILIARY.exec(trimmed.slice(-14))) {
    trimmed = trimmed.slice(0, trimmed.length - tail[0].length).trimEnd();
  }
  return trimmed;
}

/** "The APEU said", "Portugal’s National Data Protection Office (NDPO) said": the name's article or owner. */
function widenName(text: string, start: number, book: NameBook): number {
  const before = text.slice(Math.max(0, start - 40), start);
  const article = /(?:^|[^\p{L}])([Tt]he )$/u.exec(before);
  if (article?.[1]) return start - article[1].length;
  const owner = /(?:^|[^\p{L}])(\p{Lu}[\p{L}\p{M}-]{1,30}[’']s )$/u.exec(before);
  if (owner?.[1] && book.startingAt(start - owner[1].length)) return start - owner[1].length;
  return start;
}

/** "Shipping lines have argued", "the city’s finance bureau said", "Residents of Ambarawa, …, said". */
function clauseSubject(
  trimmed: string,
  offset: number,
  sentenceStart: number,
  book: NameBook,
): Source | null {
  let core = trimmed;
  if (core.endsWith(",")) {
    const opening = core.lastIndexOf(",", core.length - 2);
    if (opening === -1) return null;
    core = core.slice(0, opening); // drop the appositive ", some 12 kilometers away,"
  }
  let from = 0;
  CLAUSE_BREAK.lastIndex = Math.max(0, core.length - 120); // a subject is at most ten words
  for (let clause = CLAUSE_BREAK.exec(core); clause; clause = CLAUSE_BREAK.exec(core))
    from = clause.index + clause[0].length;
  if (from === 0 && core.length > 120) return null;
  const phrase = core.slice(from);
  const words = phrase.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 10 || NOT_IN_SUBJECT.test(phrase) || /\d/.test(phrase))
    return null;
  if (offset + from < sentenceStart) return null;
  if (!SUBJECT_START.test(words[0] ?? "") || /[“”"]/.test(phrase)) return null;
  return { start: offset + from, source: book.resolveGroup(phrase, offset + from) };
}

/** "Kim praised the regiment, saying": the person or organization the sentence starts with. */
function participleSubject(
  text: string,
  verbStart: number,
  sentenceStart: number,
  book: NameBook,
): Source | null {
  if (!/,\s{1,2}$/.test(text.slice(verbStart - 3, verbStart)) || verbStart - sentenceStart > 120) return null;
  const subject = book.startingAt(sentenceStart);
  if (!subject || subject.normalized.type === "place") return null;
  return { start: subject.start, source: book.fullName(subject) };
}

/** The person a sentence is about: its first word when that is a name or a pronoun. */
function sentenceSubject(text: string, sentenceStart: number, book: NameBook): string | null {
  const entity = book.startingAt(sentenceStart);
  if (entity) return book.fullName(entity);
  const pronoun = /^(He|She|They|It)(?![\p{L}])/u.exec(text.slice(sentenceStart, sentenceStart + 5))?.[1];
  return pronoun ? book.resolvePronoun(pronoun, sentenceStart) : null;
}

/** Who is named right after "said", "according to" or "by": a name, a pronoun or a group, to its end. */
function sourceAfter(text: string, at: number, book: NameBook, isPhrase: boolean) {
  let cursor = at;
  while (cursor < text.length && /\s/.test(text[cursor] ?? "") && cursor - at < 3) cursor++;
  if (/^the\s/.test(text.slice(cursor, cursor + 4))) cursor += 4;
  const entity = book.startingAt(cursor);
  if (entity) {
    const acronym =
      /^\s\(\p{Lu}[\p{Lu}\p{N}&.-]{1,10}\)/u.exec(text.slice(entity.end, entity.end + 16))?.[0] ?? "";
    return { end: entity.end + acronym.length, source: book.fullName(entity) };
  }
  const window = text.slice(at, at + 160);
  if (!isPhrase) {
    const pronoun = /^\s{1,2}(he|she|they|we|it)(?![\p{L}])/u.exec(window);
    if (pronoun?.[1]) return { end: at + pronoun[0].length, source: book.resolvePronoun(pronoun[1], at) };
    const group = GROUP_AFTER.exec(window);
    if (group?.[1]) return { end: at + group[0].length, source: book.resolveGroup(group[1], at) };
    return null;
  }
  const phrase = NP_AFTER.exec(window)?.[1];
  if (!phrase) return null;
  const offset = window.indexOf(phrase);
  return { end: at + offset + phrase.length, source: book.resolveGroup(phrase, at) };
}

/** "told reporters", "told the Moscow sports website Arena Sport": where the phrase ends. */
function objectAfter(text: string, at: number, book: NameBook): number | null {
  const listeners = TOLD_OBJECT.exec(text.slice(at, at + 24));
  if (listeners) return at + listeners[0].length;
  const named =
    /^\s{1,2}(?:the\s{1,2}(?:[\p{L}-]{1,20}\s{1,2}){0,3})?/u.exec(text.slice(at, at + 80))?.[0] ?? "";
  const entity = book.startingAt(at + named.length);
  return entity ? entity.end : null;
}
