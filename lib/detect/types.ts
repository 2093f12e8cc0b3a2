/** What the detector can find in an article's text. */
export type DetectionKind = "number" | "casualty" | "date" | "quote" | "attribution" | "entity";

/**
 * One suggestion: `start`/`end` are UTF-16 indices into the text given to `detectClaims`
 * (`text === input.slice(start, end)`), `score` is check-worthiness from 0 to 1 and `reason` one line.
 */
export type Detection = {
  kind: DetectionKind;
  start: number;
  end: number;
  text: string;
  normalized: unknown;
  score: number;
  reason: string;
};

export type DetectOptions = {
  /** The reference for relative dates ("Friday", "last week"); without it they normalize to null. */
  publishedAt?: Date;
  /** Characters at the start that are not article text (a wire file's two header lines). */
  skipPrefix?: number;
};

export type NumberValue = {
  value: number;
  unit?: string;
  qualifier?: string;
  /** The upper end of a range ("20 to 30 people", "between 3 and 5 percent"). */
  max?: number;
  /** The other side of a count or score ("18 votes to 11", "3-2"). */
  against?: number;
  /** The whole a count is out of ("one in 20 working residents"). */
  outOf?: number;
};

export type CasualtyCategory = "deaths" | "wounded" | "missing" | "injured" | "casualties";
export type CasualtyValue = { value: number; category: CasualtyCategory; qualifier?: string };

/** An ISO day "YYYY-MM-DD", a period, or null when it cannot be resolved (no reference date). */
export type DateValue = string | { start: string; end: string } | null;

export type EntityType = "person" | "organization" | "place";

/** A detector module's finding before scoring; the text is sliced from the input at the end. */
export type Found<N = unknown> = {
  kind: DetectionKind;
  start: number;
  end: number;
  normalized: N;
};
