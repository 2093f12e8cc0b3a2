// Protects: a version's plain text is exactly its document's blocks joined by "\n\n" (what claims anchor to).
import { describe, expect, it } from "vitest";
import {
  type ArticleDocument,
  blockTextsOfDocument,
  countWords,
  documentFromParagraphs,
  PARAGRAPH_SEPARATOR,
  plainTextFromDocument,
  plainTextFromParagraphs,
} from "./document";

const text = (value: string, marks?: Array<{ type: "bold" } | { type: "italic" }>) =>
  marks ? { type: "text" as const, text: value, marks } : { type: "text" as const, text: value };
const paragraph = (...content: ArticleDocument["content"][number]["content"] & object) => ({
  type: "paragraph" as const,
  content,
});

describe("plainTextFromDocument", () => {
  it("joins every text block in document order, wherever it is nested", () => {
    const document: ArticleDocument = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [text("Casualties")] },
        paragraph(text("Nine "), text("soldiers", [{ type: "bold" }]), text(" died.")),
        {
          type: "blockquote",
          content: [paragraph(text("“A heartrending loss.”")), paragraph(text("— Kim"))],
        },
        {
          type: "bulletList",
          content: [
            { type: "listItem", content: [paragraph(text("First item"))] },
            {
              type: "listItem",
              content: [
                paragraph(text("Second item")),
                {
                  type: "orderedList",
                  content: [{ type: "listItem", content: [paragraph(text("Nested"))] }],
                },
              ],
            },
          ],
        },
      ],
    };
    expect(blockTextsOfDocument(document)).toEqual([
      "Casualties",
      "Nine soldiers died.",
      "“A heartrending loss.”",
      "— Kim",
      "First item",
      "Second item",
      "Nested",
    ]);
    expect(plainTextFromDocument(document)).toBe(blockTextsOfDocument(document).join(PARAGRAPH_SEPARATOR));
  });

  it("reads a hard break as one newline inside its block", () => {
    const document: ArticleDocument = {
      type: "doc",
      content: [
        paragraph(text("Line one"), { type: "hardBreak" }, text("line two")),
        paragraph(text("Next")),
      ],
    };
    expect(plainTextFromDocument(document)).toBe("Line one\nline two\n\nNext");
  });

  it("agrees with plainTextFromParagraphs for a document of paragraphs", () => {
    const paragraphs = ["First.", "Second, with “quotes”.", "Third 🙂."];
    expect(plainTextFromDocument(documentFromParagraphs(paragraphs))).toBe(
      plainTextFromParagraphs(paragraphs),
    );
  });

  it("keeps an empty paragraph as an empty block rather than dropping it", () => {
    const document = documentFromParagraphs(["a", "", "b"]);
    expect(document.content[1]).toEqual({ type: "paragraph" });
    expect(plainTextFromDocument(document)).toBe("a\n\n\n\nb");
  });
});

describe("countWords", () => {
  it.each([
    ["", 0],
    ["Nine lives were lost.", 4],
    ["1,200 containers on 14 Dec. 2025", 6],
    ["Kim Jong-un's regiment", 3],
  ])("counts %j as %i words", (input, expected) => {
    expect(countWords(input)).toBe(expected);
  });
});
