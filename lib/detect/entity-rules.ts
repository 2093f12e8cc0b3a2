/** Word-level rules for names: what a capitalized word is, and which type a run of them names. */
import { hasTag, isNameWord, isOrgName, isOrgWord, isPlaceName, isPlaceWord, tagsOf } from "./lexicon";
import type { EntityType } from "./types";

export const TITLES = new Set(
  (
    "Mayor Coach President Prime Minister Chief Mr Mrs Ms Dr Prof Gen Lt Col Capt Sgt Sen Rep Gov Judge Pope " +
    "King Queen Prince Princess Chairman Chairwoman Spokesman Spokeswoman Leader Premier Chancellor Secretary " +
    "Governor Senator Ambassador Commissioner Director Sheikh Lord Lady Sir Dame Justice Marshal Admiral"
  ).split(" "),
);
const NOT_NAMES = new Set(
  (
    "I A An The He She It We They You His Her Its Our Their This That These Those Monday Tuesday Wednesday " +
    "Thursday Friday Saturday Sunday January February March April May June July August September October " +
    "November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mr Mrs Ms Dr"
  ).split(" "),
);
const NAME_TAGS = [
  "FirstName",
  "MaleName",
  "FemaleName",
  "LastName",
  "Person",
  "Honorific",
  "Country",
  "City",
  "Place",
  "Region",
  "Organization",
  "SportsTeam",
  "ProperNoun",
];
const KOREAN_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,6}-\p{Ll}{1,6}$/u;
const CYRILLIC = /^[\u0400-\u04FF]+$/;
const RUSSIAN_PERSON = /(?:ович|евич|овна|евна|ична|ов|ев|ёв|ин|ын|ский|ская|ова|ева|ина|ая)$/;
const COMPANY_ENDINGS = /^(?:Corp\.|Inc\.|Co\.|Ltd\.|LLC|PLC|AG|SA|GmbH)$/;

/** A capitalized word that can be (part of) a name: not a pronoun, article, weekday or month. */
export function isNameLike(word: string): boolean {
  return /^[\p{Lu}\d]/u.test(word) && !NOT_NAMES.has(word.replace(/\.$/, ""));
}

/** A word compromise knows only as an ordinary word ("Separately", "Analysts", "Under"). */
export function isCommonWord(word: string): boolean {
  if (NOT_NAMES.has(word)) return true;
  const tags = tagsOf(word);
  return tags.length > 0 && !tags.some((tag) => NAME_TAGS.includes(tag));
}

export function isDemonym(word: string): boolean {
  return hasTag(word, "Demonym") || (/s$/.test(word) && hasTag(word.slice(0, -1), "Demonym"));
}

/** The type a run of capitalized words names, or null when the words do not say. */
export function classifyName(words: string[]): EntityType | null {
  const first = words[0] ?? "";
  const last = words.at(-1) ?? "";
  if (words.length === 1) {
    if (isPlaceName(first)) return "place";
    if (isOrgName(first) || /^\p{Lu}{2,6}$/u.test(first)) return "organization";
    if (isNameWord(first)) return "person";
    return null;
  }
  if (COMPANY_ENDINGS.test(last) || isOrgWord(last)) return "organization";
  if (isPlaceWord(last)) return "place";
  if (words.includes("of") || words.includes("for")) {
    if (isOrgWord(first)) return "organization";
    if (isPlaceWord(first)) return "place";
  }
  if (words.length <= 3 && KOREAN_GIVEN_NAME.test(last)) return "person";
  if (words.length <= 3 && words.every((word) => CYRILLIC.test(word))) {
    return words.some((word) => RUSSIAN_PERSON.test(word) && !/ая$/.test(word)) ? "person" : "organization";
  }
  if (isPlaceName(last) && !isNameWord(first)) return "place";
  if (
    words.length <= 3 &&
    (hasTag(first, "FirstName", "MaleName", "FemaleName", "Honorific") || hasTag(last, "LastName"))
  ) {
    return "person";
  }
  if (words.some((word) => isOrgWord(word) || isOrgName(word))) return "organization";
  return null;
}
