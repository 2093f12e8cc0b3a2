// Protects: a claim's offsets in the stored plain text land on the same words in the reading view, and back.
import { getSchema } from "@tiptap/core";
import { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { StarterKit } from "@tiptap/starter-kit";
import { describe, expect, it } from "vitest";
import { type ArticleDocument, plainTextFromDocument } from "@/lib/articles/document";
import { createTextMap } from "./text-map";

const schema = getSchema([StarterKit]);
const document: ArticleDocument = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Casualties" }] },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Kim said " },
        { type: "text", text: "nine lives", marks: [{ type: "bold" }] },
        { type: "hardBreak" },
        { type: "text", text: "were lost." },
      ],
    },
    {
      type: "blockquote",
      content: [{ type: "paragraph", content: [{ type: "text", text: "A quoted line." }] }],
    },
    {
      type: "bulletList",
      content: [
        {
          type: "listItem",
          content: [{ type: "paragraph", content: [{ type: "text", text: "First item" }] }],
        },
        {
          type: "listItem",
          content: [{ type: "paragraph", content: [{ type: "text", text: "Second item" }] }],
        },
      ],
    },
  ],
};
const doc = ProseMirrorNode.fromJSON(schema, document);
const map = createTextMap(doc);

describe("createTextMap", () => {
  it("reads the same plain text the server stores", () => {
    expect(map.plainText).toBe(plainTextFromDocument(document));
  });

  it.each(["Casualties", "nine lives", "lives\nwere", "quoted line", "Second item", "First item"])(
    "maps %j to the same words in the document and back",
    (words) => {
      const start = map.plainText.indexOf(words);
      const from = map.toPosition(start);
      const to = map.toPosition(start + words.length);
      expect(doc.textBetween(from, to, "\n\n", "\n")).toBe(words);
      expect([map.toOffset(from), map.toOffset(to)]).toEqual([start, start + words.length]);
    },
  );

  it("maps an offset between blocks to an edge of a block", () => {
    const gap = map.plainText.indexOf("\n\n");
    expect(map.toOffset(map.toPosition(gap + 1))).toBe(gap);
  });
});
