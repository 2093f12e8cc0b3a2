/**
 * `npm test`: the whole suite, in the order CI runs it: typecheck, lint and
 * format check, unit tests, integration tests against a throwaway database,
 * a production build, and browser tests against that build.
 *   --only <step>   run one step (typecheck, lint, unit, integration, build, e2e)
 * Integration and browser tests use real PostgreSQL when TEST_DATABASE_URL or
 * DATABASE_URL names a server (a database is created for the run and dropped
 * after), else the embedded database in a temporary folder.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { resolveChromium } from "@/e2e/browser";
import { prepareE2EDatabase } from "./lib/e2e-database";
import { exitWithOneLine } from "./lib/exit";
import { readCounts, type TestCounts } from "./lib/test-counts";

const root = path.resolve(import.meta.dirname, "..");
const results = path.join(root, "test-results");
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0" };

type Step = { name: string; run: () => Promise<void> | void };

const steps: Step[] = [
  { name: "typecheck", run: () => exec("npx", ["tsc", "--noEmit"]) },
  { name: "lint", run: () => exec("npx", ["biome", "check", "."]) },
  { name: "unit", run: () => vitest("unit") },
  { name: "integration", run: () => vitest("integration") },
  { name: "build", run: () => exec("npx", ["next", "build"], { NEXTAUTH_SECRET: "factdesk-build" }) },
  { name: "e2e", run: runBrowserTests },
];

const counts: TestCounts = { passed: 0, failed: 0, skipped: 0 };

function exec(command: string, args: string[], extraEnv: Record<string, string> = {}): void {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...env, ...extraEnv } });
  if (result.status !== 0) throw new StepFailed(`${command} ${args.join(" ")} exited with ${result.status}`);
}

function vitest(project: "unit" | "integration"): void {
  const report = path.join(results, `${project}.json`);
  fs.rmSync(report, { force: true });
  try {
    exec("npx", [
      "vitest",
      "run",
      "--project",
      project,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${report}`,
    ]);
  } finally {
    add(readCounts(report, "vitest"));
  }
}

async function runBrowserTests(): Promise<void> {
  resolveChromium(chromium.executablePath()); // fails early, saying what to install
  const database = await prepareE2EDatabase();
  const report = path.join(results, "e2e.json");
  fs.rmSync(report, { force: true });
  try {
    // E2E_FILTER narrows the run to matching spec files while working on one (e.g. "review-loop").
    const filter = process.env.E2E_FILTER ? [process.env.E2E_FILTER] : [];
    exec("npx", ["playwright", "test", ...filter], {
      ...database.env,
      NEXTAUTH_SECRET: "factdesk-e2e-secret",
    });
  } finally {
    add(readCounts(report, "playwright"));
    await database.dispose();
  }
}

function add(more: TestCounts): void {
  counts.passed += more.passed;
  counts.failed += more.failed;
  counts.skipped += more.skipped;
}

class StepFailed extends Error {}

async function main() {
  const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
  const selected = only ? steps.filter((step) => step.name === only) : steps;
  if (selected.length === 0)
    exitWithOneLine(`Unknown step "${only}". Steps: ${steps.map((s) => s.name).join(", ")}.`);
  fs.mkdirSync(results, { recursive: true });
  const timings: string[] = [];
  let failure: string | undefined;
  for (const step of selected) {
    const startedAt = performance.now();
    console.log(`\n▶ ${step.name}`);
    try {
      await step.run();
    } catch (error) {
      failure = `${step.name}: ${error instanceof Error ? error.message : String(error)}`;
    }
    timings.push(`${step.name} ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
    if (failure) break;
  }
  console.log(`\nSteps: ${timings.join(", ")}`);
  if (failure) console.log(`Failed at ${failure}`);
  // The closing line CI reads; a failed step with no failed test (typecheck, build) still counts.
  console.log(`${counts.passed} passed, ${counts.failed || (failure ? 1 : 0)} failed`);
  process.exit(failure ? 1 : 0);
}

main().catch(exitWithOneLine);
