import fs from "node:fs";
import path from "node:path";
import type { ValidateFunction } from "ajv-draft-04";
import { createValidator } from "./json-schema";

/**
 * The W3C Web Annotation Data Model conformance tests (web-platform-tests, annotation-model/),
 * copied into ./suite with their licence note: the `.test` files list assertions (JSON Schema
 * draft-04, inline or in files), which this module compiles, keeping those of assertionType
 * "must" (the README's default when none is given).
 */
export const SUITE_DIR = path.join(import.meta.dirname, "suite");

/** The must-lists run against every exported annotation. */
export const MUST_TESTS = [
  "annotations/3.1-model-musts.test",
  "annotations/annotationMusts.test",
  "bodiesTargets/3.2-model.test",
  "bodiesTargets/bodyMusts.test",
  "bodiesTargets/targetMusts.test",
] as const;

/** Run only against annotations that use bodyValue: it checks that they then have no body. */
export const BODY_VALUE_TEST = "bodies-and-targets/3.2.1-bodyValue.test";

export type SuiteAssertion = {
  test: string;
  title: string;
  expectedResult: "valid" | "invalid";
  validate: ValidateFunction;
};

type AssertionObject = {
  title?: string;
  assertionType?: "must" | "should" | "may";
  expectedResult?: "valid" | "invalid";
  assertions?: unknown;
};

/**
 * Every "must" assertion of the given tests, compiled, and the assertion files the tests name
 * that the stored snapshot does not hold (see suite/LICENSE-NOTE.md, "Known gaps").
 */
export function loadMustAssertions(tests: readonly string[]): {
  assertions: SuiteAssertion[];
  missing: string[];
} {
  const ajv = createValidator();
  for (const file of fs.readdirSync(path.join(SUITE_DIR, "definitions"))) {
    ajv.addSchema(readJson(path.join("definitions", file)) as object);
  }
  const assertions: SuiteAssertion[] = [];
  const missing: string[] = [];
  // Several tests name the same assertion file: compile (and run) each once.
  const seen = new Set<string>();
  for (const test of tests) {
    const { assertions: entries } = readJson(test) as { assertions: unknown[] };
    for (const entry of entries) {
      const reference = typeof entry === "string" ? entry : null;
      if (reference && seen.has(reference)) continue;
      if (reference) seen.add(reference);
      if (reference && !fs.existsSync(path.join(SUITE_DIR, reference))) {
        missing.push(reference);
        continue;
      }
      const schema = (reference ? readJson(reference) : entry) as AssertionObject;
      if (schema.assertions !== undefined) throw new Error(`${test}: condition objects are not supported`);
      if ((schema.assertionType ?? "must") !== "must") continue;
      assertions.push({
        test,
        title: schema.title ?? reference ?? "(untitled)",
        expectedResult: schema.expectedResult ?? "valid",
        validate: ajv.compile(schema),
      });
    }
  }
  return { assertions, missing };
}

/** Whether `annotation` meets the assertion, with ajv's errors when it does not. */
export function check(assertion: SuiteAssertion, annotation: unknown): { passed: boolean; errors: string } {
  const valid = assertion.validate(annotation);
  const passed = assertion.expectedResult === "valid" ? valid : !valid;
  return { passed, errors: JSON.stringify(assertion.validate.errors ?? []) };
}

function readJson(relative: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(SUITE_DIR, relative), "utf8"));
}
