import { SentenceIndex } from "./text";

/** What every detector module reads: the text, where the article starts, its sentences, its reference day. */
export type Context = {
  /** The input with everything before `from` blanked to spaces (same length, same offsets). */
  text: string;
  from: number;
  sentences: SentenceIndex;
  /** The publication day as days since 1970-01-01 (UTC), or null without a reference date. */
  reference: number | null;
};

export function createContext(input: string, options: { publishedAt?: Date; skipPrefix?: number }): Context {
  const from = Math.min(Math.max(0, Math.floor(options.skipPrefix ?? 0)), input.length);
  // Blanking the skipped prefix (keeping its line breaks) lets every pattern run over one string
  // whose offsets are the input's, without matching header text.
  const text = from > 0 ? input.slice(0, from).replace(/[^\n]/g, " ") + input.slice(from) : input;
  const time = options.publishedAt?.getTime();
  const reference = time === undefined || Number.isNaN(time) ? null : Math.floor(time / 86_400_000);
  return { text, from, sentences: SentenceIndex.of(text, from), reference };
}
