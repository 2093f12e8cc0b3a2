// Protects: other annotation tools can load our W3C export — every annotation passes the W3C
// Web Annotation test suite's "must" assertions (copied into testing/w3c/suite, with its licence).
import { describe, expect, it } from "vitest";
import { sampleExportContext } from "./testing/sample-export";
import { BODY_VALUE_TEST, check, loadMustAssertions, MUST_TESTS } from "./testing/w3c/w3c-suite";
import { buildAnnotationCollection } from "./w3c";
import type { W3cNode } from "./w3c-annotation";

const { assertions, missing } = loadMustAssertions(MUST_TESTS);

/**
 * The exported annotations as standalone documents: inside the collection they inherit its
 * @context (model section 5), and the suite checks annotations one by one.
 */
function exportedAnnotations(options: Parameters<typeof sampleExportContext>[0] = {}): W3cNode[] {
  const collection = buildAnnotationCollection(sampleExportContext(options));
  const page = collection.first as W3cNode;
  return (page.items as W3cNode[]).map((item) => ({ "@context": collection["@context"] as string, ...item }));
}

const annotations = [...exportedAnnotations(), ...exportedAnnotations({ claims: 40, leadingText: "🙂 " })];

describe("the W3C suite's must assertions", () => {
  it("are all loaded, except the files the stored snapshot lacks (LICENSE-NOTE, Known gaps)", () => {
    expect(assertions.length).toBe(20);
    // bodyMusts.test and targetMusts.test name these; only their 3.2 entries (shared with
    // annotationMusts.test) are in the snapshot, so the rest cannot run.
    expect(missing).toHaveLength(29);
    expect(missing.every((file) => file.startsWith("bodiesTargets/"))).toBe(true);
  });

  it("include assertions that fail on an annotation breaking the model", () => {
    const [annotation] = exportedAnnotations();
    const broken = { ...annotation, "@context": "http://example.org/other.jsonld", id: "not a uri" };
    const failed = assertions.filter((assertion) => !check(assertion, broken).passed).map((a) => a.title);
    expect(failed.length).toBeGreaterThanOrEqual(2);
  });

  it.each(assertions.map((assertion) => [`${assertion.test}: ${assertion.title}`, assertion] as const))(
    "%s",
    (_name, assertion) => {
      expect(annotations.length).toBeGreaterThan(40);
      for (const annotation of annotations) {
        const result = check(assertion, annotation);
        expect(result.passed, `${annotation.id}: ${result.errors}`).toBe(true);
      }
    },
  );

  it("has no bodyValue to check against 3.2.1-bodyValue.test (its must applies when bodyValue is used)", () => {
    expect(annotations.filter((annotation) => "bodyValue" in annotation)).toEqual([]);
    expect(loadMustAssertions([BODY_VALUE_TEST]).assertions).toHaveLength(1);
  });
});
