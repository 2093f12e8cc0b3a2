// Protects: an annotation file from Factdesk or another tool (Hypothesis) is read as the claims it
// describes, and a file that is not W3C annotations is refused with a message saying why.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { plainTextFromParagraphs } from "@/lib/articles/document";
import { parseWireArticle } from "@/lib/articles/wire-format";
import { sampleExportContext } from "@/lib/exports/testing/sample-export";
import { BODY_VALUE_TEST, check, loadMustAssertions, MUST_TESTS } from "@/lib/exports/testing/w3c/w3c-suite";
import { textOffsets } from "@/lib/exports/text-offsets";
import { buildAnnotationCollection } from "@/lib/exports/w3c";
import { anchorDraft } from "./anchor-draft";
import { MAX_ANNOTATIONS, parseCollection } from "./parse-collection";
import { readAnnotation } from "./read-annotation";

const hypothesis: unknown[] = JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, "testing/hypothesis-annotations.json"), "utf8"),
);
const wire = parseWireArticle(
  fs.readFileSync(path.join(import.meta.dirname, "../../prisma/seed-data/kursk-casualties.txt"), "utf8"),
);
const text = plainTextFromParagraphs(wire.paragraphs);
const annotation = (exact: string, extra: object = {}) => ({
  type: "Annotation",
  target: { source: "https://a.example/", selector: { type: "TextQuoteSelector", exact } },
  ...extra,
});

describe("parseCollection", () => {
  it("takes a collection with its page embedded, a page, a list or one annotation", () => {
    const one = annotation("nine lives");
    const page = { type: "AnnotationPage", items: [one, one] };
    expect(parseCollection({ type: "AnnotationCollection", first: page })).toHaveLength(2);
    expect(parseCollection(page)).toHaveLength(2);
    expect(parseCollection([one])).toHaveLength(1);
    expect(parseCollection(one)).toHaveLength(1);
  });

  it.each([
    ["a string", "hello", /not W3C Web Annotation data/],
    ["an unrelated object", { rows: [] }, /not W3C Web Annotation data/],
    [
      "a collection that only links its page",
      { type: "AnnotationCollection", first: "https://a.example/p1" },
      /only links/,
    ],
    [
      "a page with a next page",
      { type: "AnnotationPage", items: [annotation("x")], next: "https://a.example/p2" },
      /several pages/,
    ],
    ["an empty list", [], /no annotations/],
    [
      "an annotation without target",
      [annotation("x"), { type: "Annotation" }],
      /Annotation 2 of 2 .* no target/,
    ],
    ["a list item that is not an object", [annotation("x"), 7], /Annotation 2 of 2 .* not an object/],
    ["an item of another type", [{ type: "Note", target: "https://a.example/" }], /type is not Annotation/],
  ])("refuses %s", (_name, input, message) => {
    expect(() => parseCollection(input)).toThrow(message);
  });

  it(`refuses more than ${MAX_ANNOTATIONS} annotations as too large`, () => {
    const many = Array.from({ length: MAX_ANNOTATIONS + 1 }, () => annotation("x"));
    expect(() => parseCollection(many)).toThrow(expect.objectContaining({ code: "TOO_LARGE" }));
  });
});

describe("readAnnotation on Hypothesis-style annotations", () => {
  const drafts = parseCollection(hypothesis).map(readAnnotation);

  it("makes the comment the note and a tag naming a kind the kind", () => {
    expect(drafts[0]).toMatchObject({
      kind: "CASUALTY_FIGURE",
      note: "Only KCNA's word for this. Ask the NIS for its **own** count.",
      verdict: null,
      evidence: [],
      target: { quote: { exact: "the heartrending loss of nine lives" }, position: { start: 402, end: 437 } },
    });
  });

  it("keeps tags that name no kind in the note, and reads bodyValue as a comment", () => {
    expect(drafts[1]).toMatchObject({
      kind: "OTHER",
      note: "Unit designation differs between outlets.\n\nTags: unit, needs-source",
    });
    expect(drafts[2]).toMatchObject({
      kind: "OTHER",
      note: "KCNA gave this date; check against the NIS briefing.",
    });
  });

  it("anchors quotes by their words when their positions count another text", () => {
    const offsets = textOffsets(text);
    const anchors = drafts.map((draft) => anchorDraft(text, offsets, draft.target));
    expect(anchors.map((anchor) => anchor.status)).toEqual([
      "anchored",
      "anchored",
      "anchored",
      "unanchored",
      "unanchored",
    ]);
    expect(anchors[0]).toMatchObject({
      quote: { exact: "the heartrending loss of nine lives" },
      method: "QUOTE",
    });
    expect(anchors[3]).toMatchObject({ reason: expect.stringMatching(/no quoted text/) });
    expect(anchors[4]).toMatchObject({ reason: expect.stringMatching(/not found/) });
  });

  it("are W3C annotations by the suite's must assertions (so the fixture is a fair stand-in)", () => {
    const { assertions } = loadMustAssertions(MUST_TESTS);
    for (const item of hypothesis) {
      for (const assertion of assertions) expect(check(assertion, item).passed, assertion.title).toBe(true);
    }
    const [bodyValueRule] = loadMustAssertions([BODY_VALUE_TEST]).assertions;
    if (!bodyValueRule) throw new Error("The bodyValue test has a must assertion");
    expect(check(bodyValueRule, hypothesis[2]).passed).toBe(true);
    expect(check(bodyValueRule, { ...(hypothesis[2] as object), body: [] }).passed).toBe(false);
  });
});

describe("readAnnotation on Factdesk's own export", () => {
  const context = sampleExportContext();
  const drafts = parseCollection(buildAnnotationCollection(context)).map(readAnnotation);
  const anchored = context.data.claims.filter((claim) => claim.anchorStatus === "ANCHORED");

  it("reads back every claim's kind, note, verdict, rationale and evidence", () => {
    expect(drafts).toHaveLength(anchored.length);
    drafts.forEach((draft, index) => {
      const claim = anchored[index];
      if (!claim) throw new Error("one draft per anchored claim");
      expect(draft.kind).toBe(claim.kind);
      expect(draft.note).toBe(claim.note);
      expect(draft.verdict?.value).toBe(claim.verdict);
      expect(draft.verdict?.rationale ?? null).toBe(claim.decision?.rationale ?? null);
      expect(
        draft.evidence.map((item) => [item.url, item.title, item.publisher, item.stance, item.excerpt]),
      ).toEqual(
        claim.evidence.map((item) => [
          item.source.url,
          item.source.title,
          item.source.publisher,
          item.stance,
          item.excerpt,
        ]),
      );
      expect(draft.evidence.map((item) => item.accessedAt)).toEqual(
        claim.evidence.map((item) => item.accessedAt),
      );
    });
  });

  it("anchors each at its exported position (code points, here after an emoji)", () => {
    const shifted = sampleExportContext({ leadingText: "🙂 " });
    const plain = shifted.data.version.plainText;
    const offsets = textOffsets(plain);
    for (const draft of parseCollection(buildAnnotationCollection(shifted)).map(readAnnotation)) {
      const anchor = anchorDraft(plain, offsets, draft.target);
      expect(anchor).toMatchObject({ status: "anchored", method: "POSITION" });
      if (anchor.status === "anchored") expect(anchor.quote.exact).toBe(draft.target.quote?.exact);
    }
  });
});
