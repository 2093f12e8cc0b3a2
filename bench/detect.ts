/**
 * Claim detector throughput on one core: over ≥ 1 MB of article text (the labelled articles in
 * lib/detect/eval-set, bodies concatenated and repeated) and on the sample article, beside a baseline
 * measured in the same run: a plain regular-expression scan of the same text for digits and curly
 * quotations (`/\d+|“[^”]*”/g`, counting matches). Targets: ≥ 1 MB/s; the sample under 10 ms.
 */
import fs from "node:fs";
import path from "node:path";
import { detectClaims } from "@/lib/detect/detect";
import { detectOptionsFor } from "@/lib/detect/wire-input";
import { ms } from "./lib/stats";

const EVAL_DIR = path.join(import.meta.dirname, "..", "lib", "detect", "eval-set");
const SAMPLE = path.join(import.meta.dirname, "..", "prisma", "seed-data", "kursk-casualties.txt");
const MIN_BYTES = 1_000_000;
const LARGE_RUNS = 5;
const SAMPLE_RUNS = 200;

function median(run: () => void, runs: number): number {
  const samples = Array.from({ length: runs }, () => {
    const started = performance.now();
    run();
    return performance.now() - started;
  }).sort((a, b) => a - b);
  return samples[Math.floor(runs / 2)] as number;
}

const baseline = (text: string) => {
  let matches = 0;
  for (const _match of text.matchAll(/\d+|“[^”]*”/g)) matches++;
  return matches;
};

const articles = fs
  .readdirSync(EVAL_DIR)
  .filter((file) => file.endsWith(".txt"))
  .map((file) => fs.readFileSync(path.join(EVAL_DIR, file), "utf8"));
const bodies = articles.map((content) => content.slice(detectOptionsFor(content).skipPrefix ?? 0)).join("\n");
let large = "";
while (Buffer.byteLength(large) < MIN_BYTES) large += `${bodies}\n`;
const megabytes = Buffer.byteLength(large) / 1e6;
const sample = fs.readFileSync(SAMPLE, "utf8");
const sampleOptions = detectOptionsFor(sample);

const started = performance.now();
detectClaims(sample, sampleOptions);
const firstCallMs = performance.now() - started;

const reference = { publishedAt: new Date(Date.UTC(2025, 11, 14)) };
let baselineMatches = 0;
const baselineMs = median(() => {
  baselineMatches = baseline(large);
}, LARGE_RUNS);
let detections = detectClaims(large, reference).length; // warm-up
const detectorMs = median(() => {
  detections = detectClaims(large, reference).length;
}, LARGE_RUNS);

const sampleBaselineMs = median(() => baseline(sample), SAMPLE_RUNS);
let sampleDetections = 0;
const sampleMs = median(() => {
  sampleDetections = detectClaims(sample, sampleOptions).length;
}, SAMPLE_RUNS);

const short = (value: number) => (value < 0.1 ? `${(value * 1000).toFixed(1)} µs` : ms(value));
const rate = (elapsed: number) => `${(megabytes / (elapsed / 1000)).toFixed(2)} MB/s`;
console.log(
  `claim detector, ${megabytes.toFixed(2)} MB of article text (${articles.length} labelled articles repeated), one core, median of ${LARGE_RUNS}`,
);
console.log(
  `  regex scan baseline (/\\d+|“[^”]*”/g)   ${ms(baselineMs).padStart(9)}  ${rate(baselineMs).padStart(12)}  ${baselineMatches.toLocaleString("en")} matches`,
);
console.log(
  `  Factdesk detector                     ${ms(detectorMs).padStart(9)}  ${rate(detectorMs).padStart(12)}  ${detections.toLocaleString("en")} detections  (${(detectorMs / baselineMs).toFixed(0)}× baseline; target ≥ 1 MB/s)`,
);
console.log(
  `sample article (${path.basename(SAMPLE)}, ${sample.length.toLocaleString("en")} characters), median of ${SAMPLE_RUNS}`,
);
console.log(`  regex scan baseline                   ${short(sampleBaselineMs).padStart(9)}`);
console.log(
  `  Factdesk detector                     ${ms(sampleMs).padStart(9)}  ${sampleDetections} detections  (target < 10 ms)`,
);
console.log(
  `  first call in a fresh process (loads compromise's and chrono's word lists): ${ms(firstCallMs)}`,
);
