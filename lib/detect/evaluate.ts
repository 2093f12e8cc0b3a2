/**
 * Scoring the detector against hand labels, per lib/detect/eval-set/README.md: a detection matches a
 * label of the same kind when their ranges overlap by at least half of their union (Jaccard ≥ 0.5),
 * one to one; labels with `relative: true` are also checked for the resolved value.
 */
import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import type { Detection, DetectionKind } from "./types";

export const DETECTION_KINDS: DetectionKind[] = [
  "number",
  "casualty",
  "date",
  "quote",
  "attribution",
  "entity",
];

export const ZLabelFile = z.object({
  file: z.string().min(1),
  labels: z.array(
    z.looseObject({
      kind: z.enum(["number", "casualty", "date", "quote", "attribution", "entity"]),
      text: z.string().min(1),
      occurrence: z.number().int().positive().optional(),
      normalized: z.unknown().optional(),
      relative: z.boolean().optional(),
    }),
  ),
});
export type LabelFile = z.infer<typeof ZLabelFile>;
export type Label = LabelFile["labels"][number];
export type LocatedLabel = Label & { start: number; end: number };

export type KindTally = { labels: number; detections: number; matched: number };
export type ArticleScore = {
  tallies: Record<DetectionKind, KindTally>;
  relative: { labels: number; resolved: number };
  missed: LocatedLabel[];
  extra: Detection[];
  wrongResolution: { label: LocatedLabel; detection: Detection }[];
};

/** Finds each label's offsets: the `occurrence`-th appearance of its text in the file (default the first). */
export function locateLabels(content: string, labels: readonly Label[]): LocatedLabel[] {
  return labels.map((label) => {
    let at = -1;
    for (let seen = 0; seen < (label.occurrence ?? 1); seen++) {
      at = content.indexOf(label.text, at + 1);
      if (at === -1) {
        throw new Error(`Label "${label.text}" (occurrence ${label.occurrence ?? 1}) is not in the text.`);
      }
    }
    return { ...label, start: at, end: at + label.text.length };
  });
}

export function jaccard(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (overlap <= 0) return 0;
  return overlap / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

/** Matches detections to labels one to one, best overlaps first, and tallies each kind. */
export function scoreArticle(
  labels: readonly LocatedLabel[],
  detections: readonly Detection[],
): ArticleScore {
  const pairs: { label: number; detection: number; overlap: number }[] = [];
  labels.forEach((label, labelIndex) => {
    detections.forEach((detection, detectionIndex) => {
      if (detection.kind !== label.kind) return;
      const overlap = jaccard(label, detection);
      if (overlap >= 0.5) pairs.push({ label: labelIndex, detection: detectionIndex, overlap });
    });
  });
  pairs.sort((a, b) => b.overlap - a.overlap);
  const labelMatch = new Map<number, number>();
  const usedDetections = new Set<number>();
  for (const pair of pairs) {
    if (labelMatch.has(pair.label) || usedDetections.has(pair.detection)) continue;
    labelMatch.set(pair.label, pair.detection);
    usedDetections.add(pair.detection);
  }
  const tallies = Object.fromEntries(
    DETECTION_KINDS.map((kind) => [kind, { labels: 0, detections: 0, matched: 0 }]),
  ) as Record<DetectionKind, KindTally>;
  for (const label of labels) tallies[label.kind].labels++;
  for (const detection of detections) tallies[detection.kind].detections++;
  const relative = { labels: 0, resolved: 0 };
  const wrongResolution: ArticleScore["wrongResolution"] = [];
  labels.forEach((label, index) => {
    const matched = labelMatch.get(index);
    if (matched !== undefined) tallies[label.kind].matched++;
    if (!label.relative) return;
    relative.labels++;
    const detection = matched === undefined ? undefined : detections[matched];
    if (detection && isDeepStrictEqual(detection.normalized, label.normalized)) relative.resolved++;
    else if (detection) wrongResolution.push({ label, detection });
  });
  return {
    tallies,
    relative,
    missed: labels.filter((_, index) => !labelMatch.has(index)),
    extra: detections.filter((_, index) => !usedDetections.has(index)),
    wrongResolution,
  };
}

/** Precision and recall of a tally; NaN when there is nothing to divide by. */
export function rates(tally: KindTally): { precision: number; recall: number } {
  return {
    precision: tally.detections === 0 ? Number.NaN : tally.matched / tally.detections,
    recall: tally.labels === 0 ? Number.NaN : tally.matched / tally.labels,
  };
}
