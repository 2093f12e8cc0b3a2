// Protects: every way in (paste, .txt, wire, .md, .html, .docx) yields the right title, times and clean text.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { blockTextsOfDocument, plainTextFromDocument } from "@/lib/articles/document";
import { convertSource } from "./convert-source";
import type { IntakeSettings } from "./settings";
import { makeDocx } from "./testing/docx";

const settings: IntakeSettings = { maxBytes: 5 * 1024 * 1024, fetchTimeoutMs: 2000, fetchAllowHosts: [] };
const file = (name: string, content: string | Uint8Array) => ({
  kind: "file" as const,
  name,
  bytes: typeof content === "string" ? new TextEncoder().encode(content) : content,
});
const sample = fs.readFileSync(path.join(import.meta.dirname, "../../prisma/seed-data/kursk-casualties.txt"));

describe("pasted text", () => {
  it("takes a short first line as the title and blank lines as paragraph breaks", async () => {
    const draft = await convertSource(
      { kind: "paste", text: "Port strike ends\n\nWorkers returned on\nMonday morning.\n\n\nTalks resume." },
      settings,
    );
    expect(draft.metadata.title).toBe("Port strike ends");
    expect(blockTextsOfDocument(draft.document)).toEqual([
      "Workers returned on Monday morning.",
      "Talks resume.",
    ]);
    expect(draft).toMatchObject({ origin: "PASTE", format: "text", sourceName: "Pasted text", wordCount: 7 });
  });

  it("makes every line a paragraph when there are no blank lines, titled by its first words", async () => {
    const draft = await convertSource(
      { kind: "paste", text: "The port reopened on Monday.\nTalks resume." },
      settings,
    );
    expect(blockTextsOfDocument(draft.document)).toEqual(["The port reopened on Monday.", "Talks resume."]);
    expect(draft.metadata.title).toBe("The port reopened on Monday.");
  });

  it("recognizes pasted wire copy with its times", async () => {
    const draft = await convertSource({ kind: "paste", text: sample.toString("utf8") }, settings);
    expect(draft.format).toBe("wire");
    expect(draft.metadata.publishedAt?.toISOString()).toBe("2025-12-14T16:30:00.000Z");
  });

  it("refuses whitespace only", async () => {
    await expect(convertSource({ kind: "paste", text: " \n\t " }, settings)).rejects.toThrow(
      "Pasted text: no readable text was found in it.",
    );
  });
});

describe("wire files", () => {
  it("reads the sample article's title, both times and its 12 paragraphs", async () => {
    const draft = await convertSource(file("kursk-casualties.txt", sample), settings);
    expect(draft).toMatchObject({ origin: "WIRE", format: "wire" });
    expect(draft.metadata.title).toBe(
      "North's Kim makes rare acknowledgement of country's military casualties in Kursk region",
    );
    expect(draft.metadata.publishedAt?.toISOString()).toBe("2025-12-14T16:30:00.000Z");
    expect(draft.metadata.sourceUpdatedAt?.toISOString()).toBe("2025-12-14T16:52:00.000Z");
    expect(blockTextsOfDocument(draft.document)).toHaveLength(12);
  });

  it("names the file when the header has no text after it", async () => {
    await expect(
      convertSource(file("empty-wire.txt", " date 2025-01-02 Title\n\n"), settings),
    ).rejects.toThrow("empty-wire.txt: the article has no text after its header.");
  });
});

describe("Markdown", () => {
  it("takes the first level-1 heading as the title and keeps structure and safe links", async () => {
    const draft = await convertSource(
      file(
        "story.md",
        "# Port figures\n\nThe port said **1,200** containers.\n\n> A quote\n\n- one\n- [two](https://example.com)\n",
      ),
      settings,
    );
    expect(draft.metadata.title).toBe("Port figures");
    expect(draft.document.content.map((block) => block.type)).toEqual([
      "paragraph",
      "blockquote",
      "bulletList",
    ]);
    expect(JSON.stringify(draft.document)).toContain('"href":"https://example.com/"');
  });

  it("sanitizes raw HTML inside Markdown", async () => {
    const draft = await convertSource(
      file("x.md", "Text <script>alert(1)</script><img src=x onerror=alert(1)> end"),
      settings,
    );
    expect(plainTextFromDocument(draft.document)).toBe("Text end");
    expect(draft.notes.join(" ")).toMatch(/1 script/);
  });
});

describe("HTML files", () => {
  const page = `<!doctype html><html lang="en-gb"><head><title>Ignored | Site</title>
    <meta property="og:site_name" content="The Daily Check"><meta name="author" content="Jane Doe">
    <meta property="article:published_time" content="2025-11-02T08:15:00Z">
    <style>p{color:red}</style><script>steal()</script></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Harbour fire: what we know</h1>
    <p onclick="x()" style="color:red">A fire broke out at the harbour on <b>Sunday</b>, officials said. ${"More detail follows here. ".repeat(20)}</p>
    <p>Officials counted <a href="javascript:alert(1)">three</a> injured, <a href="https://example.org/report">the report</a> says.
    <iframe src="https://evil.example"></iframe></p><h2>Background</h2><ul><li>First</li><li>Second</li></ul>
    </article><footer>© The Daily Check</footer></body></html>`;

  it("keeps the main text and its structure, and reads the metadata", async () => {
    const draft = await convertSource(file("harbour.html", page), settings);
    expect(draft.metadata).toMatchObject({
      outlet: "The Daily Check",
      byline: "Jane Doe",
      language: "en-GB",
      publishedAt: new Date("2025-11-02T08:15:00Z"),
    });
    const text = plainTextFromDocument(draft.document);
    expect(text).toContain("A fire broke out at the harbour on Sunday");
    expect(text).toContain("Officials counted three injured, the report says.");
    expect(text).not.toMatch(/steal|Home|color/);
    expect(draft.document.content.some((block) => block.type === "heading")).toBe(true);
  });

  it("stores no script, handler, style, frame or javascript: link", async () => {
    const json = JSON.stringify((await convertSource(file("harbour.html", page), settings)).document);
    expect(json).not.toMatch(/script|onclick|style|iframe|javascript/i);
    expect(json).toContain("https://example.org/report");
  });

  it("reads an encoding declared in a meta tag", async () => {
    const latin1 = Buffer.from(
      '<html><head><meta charset="iso-8859-1"></head><body><p>Grüße aus Köln</p></body></html>',
      "latin1",
    );
    const draft = await convertSource(file("koeln.html", latin1), settings);
    expect(plainTextFromDocument(draft.document)).toBe("Grüße aus Köln");
  });

  it("refuses a page with no text", async () => {
    await expect(
      convertSource(file("blank.html", "<html><body><script>x()</script></body></html>"), settings),
    ).rejects.toThrow("blank.html: no readable text was found in it.");
  });
});

describe("Word files", () => {
  it("takes the Title style as the title and keeps headings and bold text", async () => {
    const bytes = await makeDocx([
      { text: "Port figures questioned", style: "Title" },
      { text: "What the port said", style: "Heading1" },
      { text: "The port handled 1,200 containers.", bold: true },
    ]);
    const draft = await convertSource(file("port.docx", bytes), settings);
    expect(draft.metadata.title).toBe("Port figures questioned");
    expect(draft.document.content).toEqual([
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "What the port said" }] },
      {
        type: "paragraph",
        content: [{ type: "text", text: "The port handled 1,200 containers.", marks: [{ type: "bold" }] }],
      },
    ]);
  });

  it("refuses a damaged .docx", async () => {
    const bytes = await makeDocx([{ text: "x" }]);
    await expect(
      convertSource(file("cut.docx", bytes.subarray(0, bytes.length / 2)), settings),
    ).rejects.toThrow("cut.docx: the file is damaged or is not a Word (.docx) document.");
  });

  it("refuses a .docx that declares far more content than it could hold", async () => {
    const bytes = await makeDocx([{ text: "x" }]);
    // Inflate the first central-directory entry's declared size to 1 GB.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const central = bytes.findIndex(
      (_, at) => at + 4 <= bytes.length && view.getUint32(at, true) === 0x02014b50,
    );
    view.setUint32(central + 24, 1024 * 1024 * 1024, true);
    await expect(convertSource(file("bomb.docx", bytes), settings)).rejects.toThrow(
      /bomb.docx: the document unpacks to/,
    );
  });
});

describe("bad files", () => {
  it("names the file and the reason", async () => {
    await expect(convertSource(file("empty.txt", ""), settings)).rejects.toThrow(
      "empty.txt: the file is empty.",
    );
    await expect(
      convertSource(file("photo.txt", Uint8Array.from([0xff, 0xd8, 0xff, 0xe0])), settings),
    ).rejects.toThrow("photo.txt: this is a JPEG image, not an article.");
    await expect(
      convertSource(file("noise.txt", Uint8Array.from([1, 0, 2, 0, 3])), settings),
    ).rejects.toThrow("noise.txt: it contains binary data, not text.");
  });

  it("refuses markup nested past what can be read, without crashing", async () => {
    await expect(convertSource(file("deep.html", `${"<div>".repeat(100_000)}x`), settings)).rejects.toThrow(
      "deep.html: its markup is nested too deeply to read.",
    );
  });
});
