// Protects: W3C positions count code points while Factdesk counts UTF-16 units; conversion is exact both ways.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textOffsets, wholeCharacters } from "./text-offsets";

describe("textOffsets", () => {
  it("is the identity for text without characters outside the BMP", () => {
    const offsets = textOffsets("Kim Jong-un, 528th");
    expect(offsets.toCodePoints(7)).toBe(7);
    expect(offsets.toUtf16(7)).toBe(7);
    expect(offsets.codePointLength).toBe(18);
  });

  it("counts an emoji as one code point and two UTF-16 units", () => {
    const text = "a🙂b🇺🇦c";
    const offsets = textOffsets(text);
    expect(offsets.toCodePoints(text.indexOf("b"))).toBe(2);
    expect(offsets.toUtf16(2)).toBe(text.indexOf("b"));
    expect(offsets.toCodePoints(text.indexOf("c"))).toBe(Array.from(text).indexOf("c"));
    expect(offsets.codePointLength).toBe(Array.from(text).length);
  });

  it("round-trips every offset at a character boundary", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const offsets = textOffsets(text);
        const characters = Array.from(text);
        for (let point = 0; point <= characters.length; point++) {
          const utf16 = characters.slice(0, point).join("").length;
          expect(offsets.toUtf16(point)).toBe(utf16);
          expect(offsets.toCodePoints(utf16)).toBe(point);
        }
      }),
    );
  });
});

describe("wholeCharacters", () => {
  it("drops half an emoji at the outer edge of a prefix or suffix", () => {
    const emoji = "🙂";
    expect(wholeCharacters(`${emoji.slice(1)} text`, "prefix")).toBe(" text");
    expect(wholeCharacters(`text ${emoji.slice(0, 1)}`, "suffix")).toBe("text ");
    expect(wholeCharacters(`${emoji} text ${emoji}`, "prefix")).toBe(`${emoji} text ${emoji}`);
  });
});
