/**
 * `npm run eval:detect`: runs the claim detector over every article in lib/detect/eval-set and prints
 * precision and recall per kind (overall and per article) and the share of relative dates resolved
 * correctly, against the hand labels beside each article. It reports; it never fails on low scores.
 * `--set holdout` measures on the held-out articles instead. `--verbose` also lists what was missed, what was extra and which relative dates resolved wrong.
 */
import fs from "node:fs";
import path from "node:path";
import { detectClaims } from "@/lib/detect/detect";
import {
  type ArticleScore,
  DETECTION_KINDS,
  type KindTally,
  locateLabels,
  rates,
  scoreArticle,
  ZLabelFile,
} from "@/lib/detect/evaluate";
import { detectOptionsFor } from "@/lib/detect/wire-input";

// `--set holdout` measures on lib/detect/holdout-set: articles written after tuning, never tuned on.
const SET = process.argv.includes("--set") ? process.argv[process.argv.indexOf("--set") + 1] : "eval";
if (SET !== "eval" && SET !== "holdout") {
  console.error("Choose a set: --set eval (the default) or --set holdout.");
  process.exit(1);
}
const EVAL_DIR = path.join(import.meta.dirname, "..", "lib", "detect", `${SET}-set`);
const verbose = process.argv.includes("--verbose");

const labelFiles = fs
  .readdirSync(EVAL_DIR)
  .filter((file) => file.endsWith(".labels.json"))
  .sort();
if (labelFiles.length === 0) {
  console.log(`No *.labels.json files in ${EVAL_DIR}.`);
  process.exit(0);
}

const results: { name: string; score: ArticleScore }[] = [];
for (const file of labelFiles) {
  const labelFile = ZLabelFile.parse(JSON.parse(fs.readFileSync(path.join(EVAL_DIR, file), "utf8")));
  const content = fs.readFileSync(path.join(EVAL_DIR, labelFile.file), "utf8");
  const detections = detectClaims(content, detectOptionsFor(content));
  const score = scoreArticle(locateLabels(content, labelFile.labels), detections);
  results.push({ name: labelFile.file.replace(/\.txt$/, ""), score });
  if (verbose) printDetails(labelFile.file, score);
}

const pct = (value: number) => (Number.isNaN(value) ? "   –  " : `${(value * 100).toFixed(1).padStart(5)}%`);
const row = (label: string, tally: KindTally) => {
  const { precision, recall } = rates(tally);
  return `${label.padEnd(28)} ${String(tally.labels).padStart(6)} ${String(tally.detections).padStart(6)} ${String(tally.matched).padStart(7)}  ${pct(precision)}  ${pct(recall)}`;
};
const header = `${"".padEnd(28)} ${"labels".padStart(6)} ${"found".padStart(6)} ${"matched".padStart(7)}  precis.  recall`;
const sum = (tallies: KindTally[]): KindTally =>
  tallies.reduce(
    (a, b) => ({
      labels: a.labels + b.labels,
      detections: a.detections + b.detections,
      matched: a.matched + b.matched,
    }),
    {
      labels: 0,
      detections: 0,
      matched: 0,
    },
  );

console.log(`Claim detector on ${results.length} labelled article(s) (Jaccard ≥ 0.5, one to one)\n`);
console.log("Overall");
console.log(header);
for (const kind of DETECTION_KINDS)
  console.log(row(kind, sum(results.map((result) => result.score.tallies[kind]))));
console.log(
  row(
    "all kinds",
    sum(results.flatMap((result) => DETECTION_KINDS.map((kind) => result.score.tallies[kind]))),
  ),
);
const relative = results.reduce(
  (a, { score }) => ({
    labels: a.labels + score.relative.labels,
    resolved: a.resolved + score.relative.resolved,
  }),
  { labels: 0, resolved: 0 },
);
console.log(
  `relative dates resolved correctly: ${relative.resolved}/${relative.labels} (${pct(relative.resolved / relative.labels).trim()})`,
);
console.log("Targets: number, date, quote recall ≥ 90% and precision ≥ 85%; relative dates resolved ≥ 90%.");

for (const { name, score } of results) {
  console.log(`\n${name}`);
  console.log(header);
  for (const kind of DETECTION_KINDS) console.log(row(kind, score.tallies[kind]));
  console.log(`relative dates resolved correctly: ${score.relative.resolved}/${score.relative.labels}`);
}

function printDetails(file: string, score: ArticleScore) {
  console.log(`\n--- ${file}`);
  for (const label of score.missed)
    console.log(`  missed  ${label.kind.padEnd(11)} ${JSON.stringify(label.text)}`);
  for (const detection of score.extra) {
    console.log(`  extra   ${detection.kind.padEnd(11)} ${JSON.stringify(detection.text)}`);
  }
  for (const { label, detection } of score.wrongResolution) {
    console.log(
      `  wrong   ${JSON.stringify(label.text)}: ${JSON.stringify(detection.normalized)}, labelled ${JSON.stringify(label.normalized)}`,
    );
  }
}
