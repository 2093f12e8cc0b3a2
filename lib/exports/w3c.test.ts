// Protects: the W3C export is a valid Web Annotation collection whose every selector finds its
// quote in the exported text, so annotation tools can show our claims where they belong.
import { describe, expect, it } from "vitest";
import { type SampleExportOptions, sampleExportContext } from "./testing/sample-export";
import { createValidator } from "./testing/w3c/json-schema";
import { MODEL_MUSTS } from "./testing/w3c/model-musts";
import { textOffsets } from "./text-offsets";
import { buildAnnotationCollection, renderW3c } from "./w3c";
import type { W3cNode } from "./w3c-annotation";

// biome-ignore lint/suspicious/noExplicitAny: the export is JSON, read freely in assertions.
type Json = any;

function exported(options: SampleExportOptions = {}) {
  const context = sampleExportContext(options);
  const collection = buildAnnotationCollection(context) as Json;
  const page = collection.first;
  const annotations: Json[] = page.items.map((item: W3cNode) => ({
    "@context": collection["@context"],
    ...item,
  }));
  return { context, collection, page, annotations };
}

const ajv = createValidator();
const variants: [string, SampleExportOptions][] = [
  ["the sample article", {}],
  ["200 claims after an emoji (code points ≠ UTF-16 units)", { claims: 200, leadingText: "🙂 🇺🇦 " }],
];

describe.each(variants)("the Web Annotation Data Model's MUSTs on %s", (_name, options) => {
  const { collection, page, annotations } = exported(options);
  const subjects = { collection: [collection], page: [page], annotation: annotations };

  it.each(MODEL_MUSTS.map((rule) => [`${rule.section} ${rule.must}`, rule] as const))(
    "%s",
    (_title, rule) => {
      const validate = ajv.compile(rule.schema);
      for (const subject of subjects[rule.on]) {
        expect(validate(subject), `${subject.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
      // The schema is not vacuous: breaking the requirement on a copy is caught.
      const broken = structuredClone(subjects[rule.on][0]);
      rule.breaks(broken);
      expect(validate(broken)).toBe(false);
    },
  );
});

describe("selectors", () => {
  it.each(variants)("locate every exact quote in the exported version of %s", (_name, options) => {
    const { context, annotations } = exported(options);
    const text = context.data.version.plainText;
    const codePoints = Array.from(text);
    const offsets = textOffsets(text);
    expect(annotations.length).toBeGreaterThan(0);
    for (const annotation of annotations) {
      const [quote, position] = annotation.target.selector;
      expect(quote.type).toBe("TextQuoteSelector");
      expect(position.type).toBe("TextPositionSelector");
      // The model counts code points: slice the text as code points.
      expect(codePoints.slice(position.start, position.end).join("")).toBe(quote.exact);
      const start = offsets.toUtf16(position.start);
      const end = offsets.toUtf16(position.end);
      expect(text.slice(start, end)).toBe(quote.exact);
      expect(text.slice(0, start).endsWith(quote.prefix)).toBe(true);
      expect(text.slice(end).startsWith(quote.suffix)).toBe(true);
      // As much context as the anchoring keeps (32 units, less half a character at the far edge).
      expect(quote.prefix.length).toBeGreaterThanOrEqual(Math.min(start, 31));
      expect(quote.suffix.length).toBeGreaterThanOrEqual(Math.min(text.length - end, 31));
    }
  });

  it("count code points, not UTF-16 units, after characters outside the BMP", () => {
    const plain = exported().annotations[0].target.selector[1];
    const shifted = exported({ leadingText: "🙂" }).annotations[0].target.selector[1];
    expect(shifted.start - plain.start).toBe(1); // one code point, two UTF-16 units
  });
});

describe("buildAnnotationCollection", () => {
  it("exports anchored claims only, and says how many orphaned ones were left out", () => {
    const { context, collection, annotations } = exported();
    const anchored = context.data.claims.filter((claim) => claim.anchorStatus === "ANCHORED");
    expect(annotations).toHaveLength(anchored.length);
    expect(collection.total).toBe(anchored.length);
    expect(collection.label).toMatch(/1 claim whose words are not in this version is left out/);
    expect(annotations.map((a: Json) => a.target.selector[0].exact)).not.toContain("1,200 soldiers");
    expect(collection.id).toBe("https://factdesk.example/api/articles/art_sample/export?format=w3c");
    expect(collection.last).toBe(collection.first.id);
  });

  it("gives each claim its verdict, rationale, kind, creator and evidence with stance and excerpt", () => {
    const { annotations } = exported();
    const nine = annotations.find((a: Json) => a.target.selector[0].exact === "nine lives");
    expect(nine.id).toMatch(/^https:\/\/factdesk\.example\/articles\/art_sample\/report#claim-\d+$/);
    expect(nine.motivation).toBe("assessing");
    expect(nine.creator).toEqual({ type: "Person", name: "Alex Reporter" });
    expect(nine.generator).toEqual({
      type: "Software",
      name: "Factdesk",
      homepage: "https://factdesk.example",
    });
    const byPurpose = (purpose: string) => nine.body.filter((body: Json) => body.purpose === purpose);
    expect(byPurpose("assessing")).toMatchObject([{ type: "TextualBody", value: "Misleading" }]);
    expect(byPurpose("commenting")).toMatchObject([{ format: "text/markdown", label: "Rationale" }]);
    // HTML in a rationale stays text in a JSON string: nothing is rendered by the export.
    expect(byPurpose("commenting")[0].value).toContain("<script>alert(1)</script>");
    expect(byPurpose("tagging")).toMatchObject([{ value: "Casualty figure" }]);
    expect(byPurpose("linking")).toMatchObject([
      {
        type: "SpecificResource",
        styleClass: "factdesk-supports",
        source: {
          id: "https://kcnawatch.example/newstream/528th-regiment",
          creator: { name: "Korean Central News Agency" },
        },
        selector: { type: "TextQuoteSelector" },
        state: { type: "TimeState", sourceDate: "2025-12-15T10:00:00Z" },
      },
      { styleClass: "factdesk-refutes" },
      { styleClass: "factdesk-context", source: { id: expect.stringMatching(/^urn:uuid:[0-9a-f-]{36}$/) } },
    ]);
    expect(nine.target.source).toBe("https://news.example/2025/12/14/kursk-casualties");
    expect(nine.target.state).toEqual({
      type: "TimeState",
      sourceDate: "2025-12-15T08:30:00Z",
      cached: "https://factdesk.example/articles/art_sample?version=2",
    });
  });

  it("targets the article's Factdesk page when it has no usable address", () => {
    const context = sampleExportContext();
    context.data.article.url = "javascript:alert(1)";
    const collection = buildAnnotationCollection(context) as Json;
    expect(collection.first.items[0].target.source).toBe("https://factdesk.example/articles/art_sample");
  });

  it("has no page when no claim is anchored", () => {
    const context = sampleExportContext();
    context.data.claims = context.data.claims.filter((claim) => claim.anchorStatus === "ORPHANED");
    const collection = buildAnnotationCollection(context) as Json;
    expect(collection.total).toBe(0);
    expect(collection.first).toBeUndefined();
  });
});

describe("renderW3c", () => {
  it("serves JSON-LD with the anno.jsonld profile, 1,000 claims well within 200 ms", () => {
    const context = sampleExportContext({ claims: 1000 });
    const started = performance.now();
    const rendered = renderW3c(context);
    const elapsed = performance.now() - started;
    expect(rendered.contentType).toBe('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
    expect(rendered.filename).toMatch(/^north-s-kim-makes-rare-[a-z-]+\.annotations\.jsonld$/);
    expect(JSON.parse(rendered.body as string).total).toBe(999);
    expect(elapsed).toBeLessThan(1000); // a loose bound for slow CI machines; the bench measures
  });
});
