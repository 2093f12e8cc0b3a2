// Protects: text in other encodings is converted, and what cannot be decoded is refused, not garbled.
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeText, UndecodableTextError } from "./decode-text";

const GERMAN =
  "Die Behörde meldete 14 Verletzte. Größere Schäden an Gebäuden wurden nicht gemeldet, hieß es.";

describe("decodeText", () => {
  it("reads UTF-8, dropping a byte-order mark", () => {
    expect(decodeText(Buffer.from(`\uFEFF${GERMAN}`, "utf8"))).toEqual({ text: GERMAN, encoding: "utf-8" });
  });

  it.each(["utf-16le", "utf-16be"])("reads %s with its byte-order mark", (encoding) => {
    const bytes = iconv.encode(GERMAN, encoding, { addBOM: true });
    expect(decodeText(bytes)).toEqual({ text: GERMAN, encoding });
  });

  it("detects a legacy single-byte encoding and converts it", () => {
    const decoded = decodeText(iconv.encode(GERMAN.repeat(3), "windows-1252"));
    expect(decoded.text).toBe(GERMAN.repeat(3));
    expect(decoded.encoding).toMatch(/^(iso-8859-1|windows-1252)$/);
  });

  it("detects Cyrillic in windows-1251", () => {
    const russian = "Министерство обороны сообщило о потерях в Курской области. Данные не подтверждены.";
    expect(decodeText(iconv.encode(russian.repeat(4), "windows-1251")).text).toBe(russian.repeat(4));
  });

  it("follows a declared charset over guessing", () => {
    const bytes = iconv.encode("Köln – Straße", "windows-1252");
    expect(decodeText(bytes, "windows-1252")).toEqual({ text: "Köln – Straße", encoding: "windows-1252" });
  });

  it("ignores a declared charset it does not know", () => {
    expect(decodeText(Buffer.from("plain text"), "x-klingon").text).toBe("plain text");
  });

  it("refuses binary data", () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256);
    expect(() => decodeText(bytes)).toThrow(UndecodableTextError);
    expect(() => decodeText(bytes)).toThrow(/binary data/);
  });

  it("refuses control-character soup even without NUL bytes", () => {
    const bytes = Uint8Array.from({ length: 2000 }, (_, index) => 1 + (index % 8));
    expect(() => decodeText(bytes)).toThrow(UndecodableTextError);
  });
});
