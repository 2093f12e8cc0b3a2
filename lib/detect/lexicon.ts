/**
 * Word lists from compromise's English model, looked up directly: running compromise's tagger over
 * whole articles measured ~15 KB/s here (far under the 1 MB/s target), while its lexicon, org words
 * and place words are plain maps, so a lookup per candidate word costs next to nothing. We never use
 * compromise's offsets, only these lists, so its notion of positions cannot shift ours.
 */
import nlp from "compromise";

type Model = {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords: Record<string, true>; placeWords: Record<string, true> };
};

const model = (nlp as unknown as { world(): { model: Model } }).world().model;
const lexicon = model.one.lexicon;

/** compromise's tags for a lowercase word ("pyongyang" → ["City"]), empty when it does not know it. */
export function tagsOf(word: string): readonly string[] {
  const lower = word.toLowerCase();
  // "Inês" is "ines" to compromise's English lists.
  const tags =
    lexicon[lower] ??
    (/[\u00c0-\u024f]/.test(lower) ? lexicon[lower.normalize("NFD").replace(/\p{M}/gu, "")] : undefined);
  if (tags === undefined) return [];
  return typeof tags === "string" ? [tags] : tags;
}

export function hasTag(word: string, ...wanted: string[]): boolean {
  return tagsOf(word).some((tag) => wanted.includes(tag));
}

/** Words that end organization names ("agency", "university", "corps"). */
export function isOrgWord(word: string): boolean {
  return model.two.orgWords[word.toLowerCase()] === true;
}

/** Words that end place names ("province", "region", "square"). */
export function isPlaceWord(word: string): boolean {
  return model.two.placeWords[word.toLowerCase()] === true;
}

const PERSON_TAGS = ["FirstName", "MaleName", "FemaleName", "LastName", "Person", "Honorific"];
const PLACE_TAGS = ["Country", "City", "Place", "Region"];

export const isNameWord = (word: string) => hasTag(word, ...PERSON_TAGS);
export const isPlaceName = (word: string) => hasTag(word, ...PLACE_TAGS);
export const isOrgName = (word: string) => hasTag(word, "Organization", "SportsTeam");
