import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { renderPdf } from "./pdf";
import { hasUndrawableCharacters, pdfText } from "./pdf-text";
import { sampleExportContext } from "./testing/sample-export";

/** The text-showing operators of every page, decompressed: enough to find words and markers. */
function contentStreams(pdf: Buffer): string {
  const parts: string[] = [];
  const binary = pdf.toString("latin1");
  for (const match of binary.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = binary.indexOf("endstream", start);
    try {
      parts.push(inflateSync(pdf.subarray(start, end)).toString("latin1"));
    } catch {
      // Not a deflated stream (none in pdfkit's output without images, but fonts may differ).
    }
  }
  return parts.join("\n");
}

/** pdfkit writes text as hex strings (split for kerning) in the standard font's WinAnsi encoding. */
function shownText(pdf: Buffer): string {
  return [...contentStreams(pdf).matchAll(/<([0-9a-f]+)>/g)]
    .map((match) => Buffer.from(match[1] ?? "", "hex").toString("latin1"))
    .join("");
}

describe("renderPdf", () => {
  it("makes an A4 PDF of the report, with markers, the claims and their sources", async () => {
    const rendered = await renderPdf(sampleExportContext());
    const pdf = Buffer.from(rendered.body);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(rendered.contentType).toBe("application/pdf");
    expect(rendered.filename.endsWith(".pdf")).toBe(true);
    expect(pdf.toString("latin1")).toContain("/MediaBox [0 0 595.28 841.89]");
    const text = shownText(pdf);
    expect(text).toContain("nine lives");
    expect(text).toContain("[3]");
    expect(text).toContain("<script>alert(1)</script>");
    expect(text).toContain("a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90");
    expect(text).toContain("Credible sources contradict each other");
  });

  it("prints characters its font lacks as ? and says so, without crashing", async () => {
    const rendered = await renderPdf(sampleExportContext({ leadingText: "😀 북한 Привет " }));
    const text = shownText(Buffer.from(rendered.body));
    expect(text).toContain("? ?? ?????? North Korean leader");
    expect(text).toContain("are printed as ?");
  });

  it("renders 1,000 claims within a few seconds", async () => {
    const started = performance.now();
    const rendered = await renderPdf(sampleExportContext({ claims: 1000 }));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(Buffer.from(rendered.body).subarray(0, 5).toString()).toBe("%PDF-");
    expect(shownText(Buffer.from(rendered.body))).toContain("[1000]");
  }, 20_000);
});

describe("pdfText", () => {
  it("keeps Latin-1 and typographic punctuation, replaces each other character by one ?", () => {
    expect(pdfText("“Café” – 5 € … naïve")).toBe("“Café” – 5 € … naïve");
    expect(pdfText("김정은 said 😀 Привет")).toBe("??? said ? ??????");
    expect(hasUndrawableCharacters("plain “text”")).toBe(false);
    expect(hasUndrawableCharacters("Кursk")).toBe(true);
  });
});
