/**
 * The counted noun after a quantity, which the span includes: "nine lives", "140 member ports",
 * "12 liquefied natural gas carriers", "10-year period", "3.1 trillion won". Nouns are told from verbs
 * by compromise's lexicon and by shape (after a number, a word in -s is nearly always a plural noun).
 */
import { hasTag } from "./lexicon";

/** `pattern` (sticky) matched exactly at `at`. */
export function sticky(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

const HYPHEN_UNIT = /-([\p{Ll}]{2,15}(?:-[\p{Ll}]{2,10}){0,2})(?![\p{L}\p{N}-])/uy;
const COORDINATED = /\s{1,2}(?:and|or)\s{1,2}([\p{Ll}][\p{L}-]{2,30})(?![\p{L}\p{N}])/uy;
const NEXT_WORD = /[ \t]{1,3}([\p{L}][\p{L}’'-]{0,30})(?![\p{L}\p{N}])/uy;

const CURRENCY_WORDS: Record<string, string> = {
  won: "KRW",
  dollars: "USD",
  dollar: "USD",
  euros: "EUR",
  euro: "EUR",
  yen: "JPY",
  yuan: "CNY",
  rubles: "RUB",
  roubles: "RUB",
  pounds: "GBP",
  rupiah: "IDR",
  rupees: "INR",
  pesos: "MXN",
  francs: "CHF",
  hryvnias: "UAH",
};
export const MEASURES = new Set(
  (
    "seconds second minutes minute hours hour days day weeks week months month years year decades " +
    "km kilometers kilometres kilometer kilometre miles mile meters metres meter metre feet foot inches " +
    "tonnes tonne tons ton kg kilograms kilogram grams pounds barrels liters litres gallons hectares acres " +
    "mw gw kwh mwh teu times votes seats points goals degrees"
  ).split(" "),
);
const CASUALTY_WORDS = new Set(["dead", "wounded", "injured", "killed", "missing", "lives"]);
// Words that look plural but are not nouns after a number.
const NOT_NOUNS = new Set(
  (
    "was is has does this its us his hers ours yours theirs as always perhaps thus less unless across whereas " +
    "besides plus minus was were are am be been being had have having do did done will would shall should can " +
    "could may might must of to in on at by for from with without into onto than then that which who whom whose " +
    "and or but nor so yet if because while when where after before since until though although per each every " +
    "the a an this these those their his her its our your my there here also only just even still already ago " +
    "later earlier more most less least very too"
  ).split(" "),
);
const MODIFIERS = new Set(["more", "other", "additional", "new", "former", "extra", "further", "separate"]);

/**
 * The counted noun after a quantity, with up to three modifiers before it: "lives", "member ports",
 * "liquefied natural gas carriers"; a hyphenated unit ("10-year period"); a currency word ("won").
 */
export function nounAfter(text: string, at: number, value: number) {
  const hyphen = sticky(HYPHEN_UNIT, text, at);
  if (hyphen?.[1]) {
    let end = at + hyphen[0].length;
    const next = sticky(NEXT_WORD, text, end);
    if (next?.[1] && isNounLike(next[1]) && next[1] === next[1].toLowerCase()) end += next[0].length;
    return { unit: hyphen[1], end, counted: false };
  }
  let end = at;
  for (let words = 0; words < 4; words++) {
    const next = sticky(NEXT_WORD, text, end);
    const word = next?.[1];
    if (!next || !word) return null;
    const lower = word.toLowerCase();
    const isFirst = words === 0;
    if (isFirst && CURRENCY_WORDS[lower])
      return { unit: CURRENCY_WORDS[lower], end: end + next[0].length, counted: false };
    if (isFirst && (MEASURES.has(lower) || CASUALTY_WORDS.has(lower) || hasTag(lower, "Unit", "Duration"))) {
      const unit = /^\p{Lu}{2,5}$/u.test(word) ? word : lower; // "TEU", "MW" as written
      return { unit, end: end + next[0].length, counted: lower === "votes" || lower === "seats" };
    }
    if (word !== lower) return null; // a name follows ("Seventeen-year-old Han")
    if (isPluralNoun(lower) || (value === 1 && isFirst && isSingularNoun(lower))) {
      end += next[0].length;
      // "20 cities and counties": the count covers both nouns.
      const coordinated = sticky(COORDINATED, text, end);
      if (coordinated?.[1] && isPluralNoun(coordinated[1].toLowerCase())) end += coordinated[0].length;
      const unit = text.slice(at, end).trim().replace(/\s+/g, " ").toLowerCase();
      return { unit, end, counted: true };
    }
    if (!isModifier(lower)) return null;
    end += next[0].length;
  }
  return null;
}

function isPluralNoun(word: string): boolean {
  if (NOT_NOUNS.has(word) || word.length < 3) return false;
  if (hasTag(word, "Plural", "Actor")) return true;
  const notPlural = [
    "Singular",
    "Uncountable",
    "Adverb",
    "Preposition",
    "Conjunction",
    "Determiner",
    "Pronoun",
  ];
  return /[^s’']s$/.test(word) && !hasTag(word, ...notPlural);
}

function isSingularNoun(word: string): boolean {
  if (NOT_NOUNS.has(word)) return false;
  return hasTag(word, "Singular", "Noun", "Actor", "Uncountable") || isUnknownNoun(word);
}

function isNounLike(word: string): boolean {
  return isSingularNoun(word.toLowerCase()) || isPluralNoun(word.toLowerCase());
}

function isUnknownNoun(word: string): boolean {
  return hasTag(word) === false && !/(?:ly|ed|ing)$/.test(word) && word.length > 2;
}

function isModifier(word: string): boolean {
  if (MODIFIERS.has(word) || /-/.test(word)) return true;
  if (NOT_NOUNS.has(word)) return false;
  // Participles too ("liquefied natural gas carriers", "working residents"): a plural head must follow.
  if (hasTag(word, "Adjective", "Singular", "Noun", "Uncountable", "PastTense", "Participle", "Gerund"))
    return true;
  return !hasTag(word, ...VERBISH) && isUnknownNoun(word);
}

const VERBISH = [
  "PresentTense",
  "Infinitive",
  "Gerund",
  "Copula",
  "Modal",
  "Adverb",
  "Preposition",
  "Pronoun",
];
