/** English number words → values: "nine" → 9, "twenty-five" → 25, "one hundred and five" → 105. */

const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

export const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  bn: 1e9,
  mn: 1e6,
  m: 1e6,
  k: 1e3,
};

/** The words a spelled-out number is made of, longest first so that alternation prefers them. */
export const NUMBER_WORDS = [
  ...Object.keys(SMALL),
  "hundred",
  "thousand",
  "million",
  "billion",
  "trillion",
  "dozen",
]
  .sort((a, b) => b.length - a.length)
  .join("|");

/** The value of a run of number words separated by spaces, hyphens or "and"; null when it is not one. */
export function wordsToNumber(phrase: string): number | null {
  const words = phrase
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((word) => word !== "and" && word !== "a" && word !== "an");
  if (words.length === 0) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of words) {
    const small = SMALL[word];
    if (small !== undefined) {
      current += small;
      seen = true;
    } else if (word === "dozen") {
      current = (current || 1) * 12;
      seen = true;
    } else if (word === "hundred") {
      current = (current || 1) * 100;
      seen = true;
    } else if (SCALES[word] !== undefined && word.length > 2) {
      total += (current || 1) * (SCALES[word] as number);
      current = 0;
      seen = true;
    } else {
      return null;
    }
  }
  return seen ? total + current : null;
}

/** "2,400" → 2400, "3.1" → 3.1. */
export function digitsToNumber(digits: string): number {
  return Number(digits.replace(/,/g, ""));
}

const FRACTIONS: Record<string, number> = {
  half: 1 / 2,
  halves: 1 / 2,
  third: 1 / 3,
  thirds: 1 / 3,
  quarter: 1 / 4,
  quarters: 1 / 4,
  fifth: 1 / 5,
  fifths: 1 / 5,
  tenth: 1 / 10,
  tenths: 1 / 10,
};

/** "a third" → 1/3, "two-thirds" → 2/3; null when it is not a fraction. */
export function fractionToNumber(phrase: string): number | null {
  const [count = "", part = ""] = phrase.toLowerCase().split(/[\s-]+/);
  const of = FRACTIONS[part];
  if (of === undefined) return null;
  const times = count === "a" || count === "an" || count === "one" ? 1 : (SMALL[count] ?? null);
  return times === null ? null : times * of;
}
