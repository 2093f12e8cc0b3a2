import fs from "node:fs";

export type TestCounts = { passed: number; failed: number; skipped: number };

/** Reads a vitest or Playwright JSON report; a missing report counts as nothing run. */
export function readCounts(file: string, kind: "vitest" | "playwright"): TestCounts {
  if (!fs.existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  if (kind === "vitest") {
    return {
      passed: report.numPassedTests ?? 0,
      failed: report.numFailedTests ?? 0,
      skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    };
  }
  const stats = report.stats ?? {};
  return {
    passed: stats.expected ?? 0,
    failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0),
    skipped: stats.skipped ?? 0,
  };
}
