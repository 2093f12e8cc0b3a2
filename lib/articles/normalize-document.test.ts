// Protects: only the allowed document shape is ever stored, whatever a reader or a browser sends.
import { describe, expect, it } from "vitest";
import { plainTextFromDocument } from "./document";
import { normalizeDocument, safeHref } from "./normalize-document";
import { truncate, wellFormed } from "./normalize-inline";

const p = (...content: unknown[]) => ({ type: "paragraph", content });
const t = (text: string, marks?: unknown[]) =>
  marks ? { type: "text", text, marks } : { type: "text", text };

describe("normalizeDocument", () => {
  it("drops node types, marks and attributes outside the allowed set", () => {
    const result = normalizeDocument({
      type: "doc",
      content: [
        { type: "codeBlock", content: [t("rm -rf /")] },
        { type: "image", attrs: { src: "https://x/y.png" } },
        {
          type: "paragraph",
          attrs: { class: "evil", style: "color:red" },
          content: [t("Kept", [{ type: "strike" }])],
        },
        { type: "heading", attrs: { level: 1, id: "x" }, content: [t("Head")] },
        { type: "heading", attrs: { level: 6 }, content: [t("Small")] },
      ],
    });
    expect(result).toEqual({
      type: "doc",
      content: [
        { type: "paragraph", content: [t("Kept")] },
        { type: "heading", attrs: { level: 2 }, content: [t("Head")] },
        { type: "heading", attrs: { level: 4 }, content: [t("Small")] },
      ],
    });
  });

  it("keeps only http, https and mailto links", () => {
    const link = (href: string) =>
      p(t("x", [{ type: "link", attrs: { href, target: "_self", onclick: "y" } }]));
    const result = normalizeDocument({
      type: "doc",
      content: [
        link("javascript:alert(1)"),
        link("data:text/html,<script>1</script>"),
        link("/relative"),
        link("https://example.com/a b"),
        link("mailto:desk@example.com"),
      ],
    });
    const marks = result.content.map(
      (block) => (block.content?.[0] as { marks?: unknown[] } | undefined)?.marks,
    );
    expect(marks).toEqual([
      undefined,
      undefined,
      undefined,
      [{ type: "link", attrs: { href: "https://example.com/a%20b" } }],
      [{ type: "link", attrs: { href: "mailto:desk@example.com" } }],
    ]);
  });

  it("collapses whitespace as HTML shows it and removes empty blocks", () => {
    const result = normalizeDocument({
      type: "doc",
      content: [
        p(t("  Nine \n\t lives "), t("  were", [{ type: "bold" }]), t(" lost.  ")),
        p(t("   ")),
        p({ type: "hardBreak" }, t("after break"), { type: "hardBreak" }, { type: "hardBreak" }, t("x"), {
          type: "hardBreak",
        }),
        { type: "blockquote", content: [] },
        { type: "bulletList", content: [{ type: "listItem", content: [p(t(" "))] }] },
      ],
    });
    expect(plainTextFromDocument(result)).toBe("Nine lives were lost.\n\nafter break\nx");
    expect(result.content).toHaveLength(2);
  });

  it("merges neighbouring text with the same marks, in one mark order", () => {
    const result = normalizeDocument({
      type: "doc",
      content: [
        p(
          t("a", [{ type: "italic" }, { type: "bold" }]),
          t("b", [{ type: "bold" }, { type: "italic" }, { type: "bold" }]),
        ),
      ],
    });
    expect(result.content[0]?.content).toEqual([t("ab", [{ type: "bold" }, { type: "italic" }])]);
  });

  it("removes control characters and repairs lone surrogates", () => {
    const result = normalizeDocument({ type: "doc", content: [p(t("a\u0000b\u0007c\uFEFF\uD800d"))] });
    expect(plainTextFromDocument(result)).toBe("abc\uFFFDd");
  });

  it("starts every list item with a paragraph, as ProseMirror requires", () => {
    const result = normalizeDocument({
      type: "doc",
      content: [
        {
          type: "orderedList",
          content: [
            {
              type: "listItem",
              content: [{ type: "heading", attrs: { level: 3 }, content: [t("Heading item")] }],
            },
            { type: "listItem", content: [{ type: "blockquote", content: [p(t("Quoted item"))] }] },
            { type: "paragraph", content: [t("not an item")] },
          ],
        },
      ],
    });
    expect(result.content[0]).toEqual({
      type: "orderedList",
      content: [
        { type: "listItem", content: [p(t("Heading item"))] },
        { type: "listItem", content: [p(t("Quoted item"))] },
      ],
    });
  });

  it("flattens nesting deeper than it keeps, without recursing through all of it", () => {
    let node: unknown = p(t("deep text"));
    for (let depth = 0; depth < 50_000; depth++) node = { type: "blockquote", content: [node] };
    const result = normalizeDocument({ type: "doc", content: [node] });
    expect(plainTextFromDocument(result)).toBe("deep text");
    let depth = 0;
    for (
      let block = result.content[0];
      block?.type === "blockquote";
      block = block.content?.[0] as typeof block
    ) {
      depth++;
    }
    expect(depth).toBeLessThanOrEqual(12);
  });

  it("turns anything that is not a document into an empty one", () => {
    for (const input of [null, "doc", 42, [], { type: "doc", content: "x" }]) {
      expect(normalizeDocument(input)).toEqual({ type: "doc", content: [] });
    }
  });
});

describe("safeHref", () => {
  it.each([
    ["https://example.com", "https://example.com/"],
    [" HTTP://Example.com/x ", "http://example.com/x"],
    ["JaVaScRiPt:alert(1)", null],
    ["vbscript:x", null],
    ["//example.com", null],
    [42, null],
  ])("%j → %j", (input, expected) => {
    expect(safeHref(input)).toBe(expected);
  });
});

describe("truncate", () => {
  it("cuts with an ellipsis, never through a character made of two UTF-16 units", () => {
    expect(truncate("short", 10)).toBe("short");
    expect(truncate("a long headline", 7)).toBe("a long…");
    const astral = "\u{10000}".repeat(5); // 10 units
    const cut = truncate(astral, 4);
    expect(cut).toBe("\u{10000}…");
    expect(wellFormed(cut)).toBe(cut);
  });
});
