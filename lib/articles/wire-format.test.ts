// Protects: a wire file from the desk becomes the right title, times and paragraphs.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isWireFormat, parseWireArticle, parseWireTime, WireFormatError } from "./wire-format";

const sample = fs.readFileSync(path.join(__dirname, "../../prisma/seed-data/kursk-casualties.txt"), "utf8");

describe("parseWireArticle on the sample article", () => {
  const article = parseWireArticle(sample);

  it("reads the title and dateline", () => {
    expect(article.title).toBe(
      "North's Kim makes rare acknowledgement of country's military casualties in Kursk region",
    );
    expect(article.dateline).toBe("2025-12-14");
  });

  it("reads both timestamps", () => {
    expect(article.publishedAt?.toISOString()).toBe("2025-12-14T16:30:00.000Z");
    expect(article.updatedAt?.toISOString()).toBe("2025-12-14T16:52:00.000Z");
  });

  it("splits the body into its paragraphs", () => {
    expect(article.paragraphs).toHaveLength(12);
    expect(article.paragraphs[0]).toContain("the heartrending loss of nine lives");
    expect(article.paragraphs.at(-1)).toMatch(/^The Kusong hospital project/);
  });

  it("is recognized as a wire file", () => {
    expect(isWireFormat(sample)).toBe(true);
    expect(isWireFormat("Just a pasted paragraph.")).toBe(false);
  });
});

describe("parseWireArticle on other input", () => {
  it("rejects text without the header line", () => {
    expect(() => parseWireArticle("Hello\nworld")).toThrow(WireFormatError);
  });

  it("rejects a header with no body", () => {
    expect(() => parseWireArticle(" date 2025-01-02 Title\nPublished: 2 Jan. 2025, 10:00\n\n")).toThrow(
      /no text/,
    );
  });

  it("falls back to the dateline when there is no Published line", () => {
    const article = parseWireArticle(" date 2025-01-02 Title\r\nFirst paragraph.\r\n\r\nSecond.");
    expect(article.publishedAt?.toISOString()).toBe("2025-01-02T00:00:00.000Z");
    expect(article.updatedAt).toBeNull();
    expect(article.paragraphs).toEqual(["First paragraph.", "Second."]);
  });
});

describe("parseWireTime", () => {
  it.each([
    ["1 Nov. 2025, 09:05", "2025-11-01T09:05:00.000Z"],
    ["28 May 2025", "2025-05-28T00:00:00.000Z"],
    ["3 September 2024, 23:59", "2024-09-03T23:59:00.000Z"],
  ])("reads %s", (input, expected) => {
    expect(parseWireTime(input)?.toISOString()).toBe(expected);
  });

  it.each(["31 Feb. 2025", "14 Foo. 2025", "yesterday"])("refuses %s", (input) => {
    expect(parseWireTime(input)).toBeNull();
  });
});
