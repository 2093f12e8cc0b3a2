/** Test helpers: run the detector and keep one kind, as text and normalized value. */
import { detectClaims } from "./detect";
import type { DetectionKind, DetectOptions } from "./types";

/** Sunday 14 Dec. 2025, the sample article's publication day. */
export const SAMPLE_DAY = new Date(Date.UTC(2025, 11, 14, 16, 30));

export function found(
  text: string,
  kind: DetectionKind,
  options: DetectOptions = { publishedAt: SAMPLE_DAY },
) {
  return detectClaims(text, options)
    .filter((detection) => detection.kind === kind)
    .map((detection) => ({ text: detection.text, normalized: detection.normalized }));
}

export const texts = (text: string, kind: DetectionKind, options?: DetectOptions) =>
  found(text, kind, options).map((detection) => detection.text);
