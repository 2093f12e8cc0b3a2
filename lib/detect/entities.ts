/**
 * Named people, organizations and places: runs of capitalized words (with "of", "for", "the" … and
 * numbers inside: "Institute for Far Eastern Studies", "April 25 House of Culture", "528th Regiment of
 * Engineers"), acronyms ("KCNA"), Hangul names ("김정은") and Cyrillic ones (handled as capitalized
 * words). Which runs are names and of what type comes from compromise's word lists plus our rules:
 * Korean "Surname Given-name" order, titles, org and place words, and what the rest of the article says
 * about the same word (a sentence's first word counts only when the article also uses it as a name).
 */
import type { Context } from "./context";
import { classifyName, isCommonWord, isDemonym, isNameLike, TITLES } from "./entity-rules";
import type { EntityType, Found } from "./types";

export type EntityValue = { type: EntityType };
export type Entity = Found<EntityValue> & { name: string };

const WORD = String.raw`(?:(?:Corp|Inc|Co|Ltd|Jr|Sr|St)\.|(?:\p{Lu}\.){2,4}|\p{Lu}[\p{Ll}\p{Lu}\p{M}]{0,40}(?:[-’'][\p{L}\p{M}]{1,40}){0,3}[’']?)`;
const LINK = String.raw`(?:[ \t]{1,2}(?:of|for|and|de|da|do|dos|das|del|van|von|der|al|bin)(?:[ \t]{1,2}the)?[ \t]{1,2}|[ \t]{1,2}(?:\d{1,4}(?:-\d{1,4})?[ \t]{1,2})?)`;
const RUN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:\d{1,4}(?:st|nd|rd|th)[ \t]{1,2}(?=\p{Lu}))?${WORD}(?:${LINK}${WORD}){0,8}`,
  "gu",
);
const HANGUL = /(?<![\uAC00-\uD7A3])[\uAC00-\uD7A3]{2,4}(?![\uAC00-\uD7A3])/g;
const KOREAN_SURNAMES = new Set([
  ..."김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용",
]);
const KEEP_POSSESSIVE = /^(?:People|Workers|Children|Women|Men|Veterans|Farmers|Citizens)[’']s?$/;
// Laws, policies, plans and observances have names but are not people, organizations or places.
const NOT_ENTITIES =
  /^(?:Day|Act|Law|Policy|Treaty|Agreement|Accord|Plan|Program|Programme|Strategy|Initiative|Doctrine|Bill|Declaration)$/;
const STORMS = /^(?:Cyclone|Hurricane|Typhoon)$/; // named storms are events
const COMMON_ACRONYMS = new Set(
  "DNA GDP CEO CFO COO TV AI HIV AIDS COVID PM AM ID IT GPS SMS LNG TEU OK UTC GMT VAT PDF URL CCTV IPO FAQ USB LED EV NGO".split(
    " ",
  ),
);
const REGION_AFTER = /^ (?:region|province|oblast|prefecture|county|district)(?![\p{L}])/u;
const SUFFIX_ADJECTIVE = /-(?:based|led|run|owned|backed|born|style|era|bound|made|funded|linked|speaking)$/;

type Token = { word: string; start: number; end: number };

/** Finds named entities; the same name always gets the type its fullest mention has. */
export function findEntities(ctx: Context): Entity[] {
  const { text } = ctx;
  const pieces: Token[][] = [];
  const midSentence = new Set<string>();
  RUN.lastIndex = ctx.from;
  for (let match = RUN.exec(text); match; match = RUN.exec(text)) {
    for (const piece of splitRun(match[0], match.index)) {
      pieces.push(piece);
      for (let index = 0; index < piece.length; index++) {
        const token = piece[index] as Token;
        if (index > 0 || !isSentenceStart(ctx, token.start)) midSentence.add(token.word);
      }
    }
  }
  const found: Entity[] = [];
  for (const piece of pieces) {
    const entity = toEntity(piece, ctx, midSentence);
    if (entity) found.push(entity);
  }
  HANGUL.lastIndex = ctx.from;
  for (let match = HANGUL.exec(text); match; match = HANGUL.exec(text)) {
    // A Korean name is a surname and one or two syllables: three in running text, two to four when it
    // glosses a romanized name in brackets ("Han Seo-yeon (한서연)").
    const inBrackets = text[match.index - 1] === "(" && text[match.index + match[0].length] === ")";
    if (KOREAN_SURNAMES.has(match[0][0] ?? "") && (inBrackets || match[0].length === 3)) {
      const end = match.index + match[0].length;
      found.push({ kind: "entity", start: match.index, end, name: match[0], normalized: { type: "person" } });
    }
  }
  return assignTypes(
    found.sort((a, b) => a.start - b.start),
    text,
  );
}

/** Splits a capitalized run at possessives ("Russia’s Kursk") and at "and" outside "X of Y and Z". */
function splitRun(run: string, offset: number): Token[][] {
  // Plain loops and no closures: this runs for every capitalized word of the text.
  const pieces: Token[][] = [];
  let current: Token[] = [];
  let hasOf = false;
  WORD_IN_RUN.lastIndex = 0;
  for (let match = WORD_IN_RUN.exec(run); match; match = WORD_IN_RUN.exec(run)) {
    let word = match[0];
    const start = offset + match.index;
    if (word === "and" && !hasOf) {
      closePiece(current, pieces);
      current = [];
      hasOf = false;
      continue;
    }
    if (word === "of" || word === "for") hasOf = true;
    // "Russia’s Kursk" is two names; "Baltic Shipowners’ Council" and "Korean People’s Army" are one.
    const possessive = /[’'](?:s)?$/.test(word) && !KEEP_POSSESSIVE.test(word) && !/s[’']$/.test(word);
    const adjective = SUFFIX_ADJECTIVE.test(word);
    if (possessive) word = word.replace(/[’']s?$/, "");
    const joined = word.includes("-") ? /^(\p{Lu}[\p{Ll}\p{M}]+)-(\p{Lu}[\p{Ll}\p{M}]+)$/u.exec(word) : null;
    if (joined?.[1] && joined[2] && run.trim() === match[0]) {
      // "Russia-Ukraine war" names two places.
      closePiece(current, pieces);
      current = [];
      pieces.push([{ word: joined[1], start, end: start + joined[1].length }]);
      const second = start + joined[1].length + 1;
      pieces.push([{ word: joined[2], start: second, end: second + joined[2].length }]);
      continue;
    }
    if (adjective) word = word.replace(SUFFIX_ADJECTIVE, "");
    current.push({ word, start, end: start + word.length });
    if (possessive || adjective) {
      closePiece(current, pieces);
      current = [];
      hasOf = false;
    }
  }
  closePiece(current, pieces);
  return pieces;
}

const WORD_IN_RUN = /\S+/g;

/** Adds a finished piece, without trailing connectors or numbers ("Ministry of" before a line break). */
function closePiece(current: Token[], pieces: Token[][]): void {
  while (current.length > 0 && !/^\p{Lu}/u.test(current.at(-1)?.word ?? "")) current.pop();
  if (current.length > 0) pieces.push(current);
}

const firstWord = (tokens: Token[]) => tokens[0]?.word ?? "";

/**
 * The entity a run names, if any: without a leading sentence-initial common word ("Under European
 * Union rules" → "European Union"), articles or titles ("Mayor Choi Eun-hee" → "Choi Eun-hee");
 * demonyms ("North Korean"), and unknown first words of sentences are not entities.
 */
function toEntity(piece: Token[], ctx: Context, midSentence: Set<string>): Entity | null {
  const tokens = [...piece];
  while (tokens.length > 1 && /^(?:The|A|An)$/.test(firstWord(tokens))) tokens.shift();
  // Only a real sentence start: inside quotation marks "“Storm Corps”" keeps its first word.
  const isFirstOfSentence = ctx.sentences.around(tokens[0]?.start ?? 0).start === tokens[0]?.start;
  if (
    tokens.length > 1 &&
    isFirstOfSentence &&
    isCommonWord(firstWord(tokens)) &&
    !midSentence.has(firstWord(tokens))
  )
    tokens.shift();
  // "Seventeen-year-old Han Seo-yeon": a hyphenated ordinary word before the name.
  if (
    tokens.length > 1 &&
    /^\p{Lu}\p{Ll}+-\p{Ll}/u.test(firstWord(tokens)) &&
    isSentenceStart(ctx, tokens[0]?.start ?? 0)
  )
    tokens.shift();
  while (
    tokens.length > 1 &&
    TITLES.has(firstWord(tokens).replace(/\.$/, "")) &&
    isNameLike(tokens[1]?.word ?? "")
  ) {
    tokens.shift();
  }
  while (tokens.length > 0 && !/^[\p{Lu}\d]/u.test(firstWord(tokens))) tokens.shift();
  // Weekdays, months and pronouns at either end are not part of a name ("May May", "Busan Friday").
  while (tokens.length > 0 && !isNameLike(firstWord(tokens))) tokens.shift();
  while (tokens.length > 0 && !isNameLike(tokens.at(-1)?.word ?? "")) tokens.pop();
  const head = tokens[0];
  const tail = tokens.at(-1);
  if (!head || !tail) return null;
  const words = tokens.map((token) => token.word);
  if (words.length === 1) {
    const word = head.word;
    if (!isNameLike(word) || isDemonym(word)) return null;
    if (/^\p{Lu}{2,}$/u.test(word) && /\d\s{1,2}$/.test(ctx.text.slice(head.start - 3, head.start)))
      return null; // "24,000 TEU"
    if (isSentenceStart(ctx, head.start) && !midSentence.has(word) && isCommonWord(word)) return null; // "Police said"
    if (isSentenceStart(ctx, head.start) && !midSentence.has(word) && !classifyName([word])) {
      // An unknown capitalized first word is a name only when an appositive or a verb of saying follows.
      const after = ctx.text.slice(head.end, head.end + 12);
      if (!/^(?:,\s{1,2}(?:a|an|the|\d)|\s{1,2}(?:said|says|told|added))(?![\p{L}])/u.test(after))
        return null;
    }
  } else if (isDemonym(tail.word)) {
    return null;
  }
  if (NOT_ENTITIES.test(tail.word) || COMMON_ACRONYMS.has(tail.word) || STORMS.test(head.word)) return null;
  // "the Kursk region": the region is part of the place's name.
  const end = tail.end + (REGION_AFTER.exec(ctx.text.slice(tail.end, tail.end + 14))?.[0].length ?? 0);
  const name = ctx.text.slice(head.start, end);
  return { kind: "entity", start: head.start, end, name, normalized: { type: "organization" } };
}

/**
 * Types from the words themselves, else from the fullest mention ("Kim" is a person because "Kim
 * Jong-un" is), else from every mention's context: "in Kusong", "the Kursk region" → place; "said Rui
 * Matos", "Matos said" → person.
 */
function assignTypes(entities: Entity[], text: string): Entity[] {
  const known = new Map<string, EntityType>();
  const votes = new Map<string, EntityType>();
  for (const entity of entities) {
    const words = entity.name.split(/\s+/);
    const type = classifyName(words);
    if (type === "person" && words.length > 1) {
      for (const word of [words[0], words.at(-1)]) if (word && !known.has(word)) known.set(word, type);
    }
    const hinted = contextType(text, entity);
    if (hinted && !votes.has(entity.name)) votes.set(entity.name, hinted);
  }
  for (const entity of entities) {
    const words = entity.name.split(/\s+/);
    const single = words.length === 1 ? known.get(words[0] ?? "") : undefined;
    entity.normalized = {
      type: classifyName(words) ?? single ?? votes.get(entity.name) ?? guessType(words),
    };
  }
  return entities;
}

const PLACE_BEFORE =
  /(?:^|[^\p{L}])(?:in|at|from|near|across|outside|inside|(?:town|village|city|province|region|county|district) of)\s{1,2}$/u;
const PLACE_AFTER = /^\s{1,2}(?:region|province|city|town|village|county|district|state|area)(?![\p{L}])/u;
const PERSON_BEFORE =
  /(?:^|[^\p{L}])(?:said|says|told|by|spokesman|spokeswoman|spokesperson|executive|manager|coach)\s{1,2}$/u;
const PERSON_AFTER =
  /^(?:\s{1,2}(?:said|says|told|added|argued|warned)|,\s{1,2}(?:a|an|the)?\s{0,2}(?:president|head|chief|chairman|spokesman|spokeswoman|professor|director|minister|manager|secretary|analyst|economist)|,\s{1,2}\d{1,3},)(?![\p{L}])/u;

function contextType(text: string, entity: Entity): EntityType | null {
  const before = text.slice(Math.max(0, entity.start - 12), entity.start);
  const after = text.slice(entity.end, entity.end + 24);
  if (PLACE_AFTER.test(after) || PLACE_BEFORE.test(before)) return "place";
  if (PERSON_AFTER.test(after) || PERSON_BEFORE.test(before)) return "person";
  return null;
}

function guessType(words: string[]): EntityType {
  if (words.length === 1 && /^\p{Lu}{2,}$/u.test(words[0] ?? "")) return "organization";
  return words.length === 1 ? "person" : "organization";
}

/** The first word of a sentence, or of a quotation or parenthesis, is capitalized whatever it is. */
function isSentenceStart(ctx: Context, at: number): boolean {
  if (ctx.sentences.around(at).start === at) return true;
  return /[“"‘«(]$/.test(ctx.text.slice(Math.max(0, at - 1), at));
}
