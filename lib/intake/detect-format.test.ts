// Protects: empty, oversized and non-article files are refused with a reason naming the file.
import { describe, expect, it } from "vitest";
import { detectFileKind } from "./detect-format";
import { IntakeError } from "./intake-error";

const MB = 1024 * 1024;
const text = (value: string) => new TextEncoder().encode(value);

describe("detectFileKind", () => {
  it.each([
    ["story.txt", "text"],
    ["story.TXT", "text"],
    ["notes.md", "markdown"],
    ["page.htm", "html"],
    ["page.html", "html"],
  ] as const)("reads %s as %s", (name, kind) => {
    expect(detectFileKind(name, text("Hello"), MB)).toBe(kind);
  });

  it("reads a .docx only when it is a ZIP archive", () => {
    expect(detectFileKind("a.docx", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2]), MB)).toBe("docx");
    expect(() => detectFileKind("a.docx", text("not a zip"), MB)).toThrow(
      "a.docx: the file is damaged or is not a Word (.docx) document.",
    );
  });

  it("sniffs a file without an extension", () => {
    expect(detectFileKind("WIRE0042", text("<!DOCTYPE html><p>x"), MB)).toBe("html");
    expect(detectFileKind("WIRE0042", text(" date 2025-01-01 Title"), MB)).toBe("text");
  });

  it("refuses an empty file", () => {
    expect(() => detectFileKind("empty.txt", new Uint8Array(), MB)).toThrow("empty.txt: the file is empty.");
  });

  it("refuses a file over the limit, saying both sizes", () => {
    const error = catchError(() => detectFileKind("big.txt", new Uint8Array(6 * MB), 5 * MB));
    expect(error.message).toBe("big.txt: the file is 6 MB; the limit is 5 MB.");
    expect(error.code).toBe("TOO_LARGE");
  });

  it.each([
    ["report.txt", [0x25, 0x50, 0x44, 0x46, 0x2d], /PDF document/],
    ["old.doc", [0xd0, 0xcf, 0x11, 0xe0, 0xa1], /old Word/],
    ["photo.html", [0x89, 0x50, 0x4e, 0x47, 0x0d], /PNG image/],
    ["bundle.txt", [0x50, 0x4b, 0x03, 0x04, 0x00], /ZIP archive/],
  ])("tells what %s really is", (name, bytes, reason) => {
    expect(() => detectFileKind(name, Uint8Array.from(bytes), MB)).toThrow(reason);
  });

  it("names the extensions it does import when refusing another", () => {
    expect(() => detectFileKind("data.csv", text("a,b"), MB)).toThrow(
      "data.csv: Factdesk cannot import .csv files; it imports .txt, .md, .html and .docx.",
    );
  });
});

function catchError(run: () => unknown): IntakeError {
  try {
    run();
  } catch (error) {
    if (error instanceof IntakeError) return error;
    throw error;
  }
  throw new Error("expected an IntakeError");
}
