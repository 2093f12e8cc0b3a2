import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { escapeMarkdown, renderMarkdown } from "./markdown";
import { sampleExportContext } from "./testing/sample-export";

// A CommonMark + GFM-tables renderer that lets raw HTML through, as GitHub lets some through:
// whatever user text could inject would show up in its output.
const commonmark = new MarkdownIt({ html: true, linkify: false });

describe("escapeMarkdown", () => {
  it.each([
    ["[click](javascript:alert(1))", "<a"],
    ["![x](https://evil.example/p.png)", "<img"],
    ["<script>alert(1)</script>", "<script"],
    ['<img src=x onerror="alert(1)">', "<img"],
    ["<https://evil.example>", "<a"],
    ["**bold** _em_ `code` ~~gone~~", "<strong"],
    ["&lt;script&gt;", "<script"],
    ["# Heading", "<h1"],
    ["1. item", "<ol"],
    ["- item", "<ul"],
    ["> quote", "<blockquote"],
  ])("keeps %s literal", (input, forbidden) => {
    const html = commonmark.render(escapeMarkdown(input));
    expect(html).not.toContain(forbidden);
    expect(commonmark.renderInline(escapeMarkdown(input))).not.toMatch(/<(?!br>)/);
  });

  it("shows the text as typed once rendered", () => {
    const input = "Cost: $5 & <b>x</b> | a_b *c* [d] \\e";
    const html = commonmark.renderInline(escapeMarkdown(input));
    expect(html).toBe("Cost: $5 &amp; &lt;b&gt;x&lt;/b&gt; | a_b *c* [d] \\e");
  });

  it("keeps table cells on one line and their pipes escaped", () => {
    expect(escapeMarkdown("a | b\nc\r\nd")).toBe("a \\| b<br>c<br>d");
    const table = `| h |\n| --- |\n| ${escapeMarkdown("x | y\nz")} |`;
    expect(commonmark.render(table)).toContain("<td>x | y<br>z</td>");
  });
});

describe("renderMarkdown", () => {
  const context = sampleExportContext({ leadingText: "😀 " });
  const markdown = renderMarkdown(context).body as string;
  const html = commonmark.render(markdown);

  it("is the report: header, text with markers, claims table, footnotes, legend, history", () => {
    expect(markdown.startsWith("# Fact-check report: North's Kim makes rare acknowledgement")).toBe(true);
    expect(markdown).toContain("😀 North Korean leader Kim Jong-un<sup>[1]</sup><sup>[2]</sup> said Friday");
    expect(markdown).toContain("| # | Kind | Quoted text | Verdict | Rationale and review | Evidence |");
    expect(html.match(/<tr>/g)).toHaveLength(context.data.claims.length + 1 + 8);
    expect(markdown).toContain("[^e3]: **Refutes** for claim \\[3\\]");
    expect(markdown).toContain("`a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90`");
    expect(markdown).toContain("## Verdicts");
    expect(markdown).toContain("- Signed off by Dana Park");
    expect(markdown).toContain("_Not found in this version_");
  });

  it("lets no user string become HTML or a link", () => {
    expect(html).not.toMatch(/<(script|img|b|i)[\s>]/);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    const links = [...html.matchAll(/<a href="([^"]*)"/g)].map((match) => match[1]);
    expect(new Set(links)).toEqual(
      new Set([
        context.data.article.url,
        context.reportUrl,
        "https://kcnawatch.example/newstream/528th-regiment",
        "https://www.nis.example/briefing?id=2025-12&amp;lang=en",
      ]),
    );
  });
});
