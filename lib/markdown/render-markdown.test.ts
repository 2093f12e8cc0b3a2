// Protects: a rationale can format text and link to sources, but never run script or inject markup.
import createDOMPurify from "dompurify";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./render-markdown";
import { renderMarkdownOnServer as render } from "./render-markdown-server";

describe("renderMarkdown", () => {
  it("keeps basic formatting, lists and quotes", () => {
    const html = render("**Confirmed** by _two_ officials:\n\n- KCNA\n- Yonhap\n\n> nine lives");
    expect(html).toContain("<strong>Confirmed</strong>");
    expect(html).toContain("<em>two</em>");
    expect(html).toContain("<ul>\n<li>KCNA</li>\n<li>Yonhap</li>\n</ul>");
    expect(html).toContain("<blockquote>");
  });

  it("turns links and bare addresses into links that open safely in a new tab", () => {
    const html = render("See [the report](https://example.org/report) and https://example.com/x");
    expect(html).toContain(
      '<a href="https://example.org/report" rel="noopener noreferrer nofollow" target="_blank">the report</a>',
    );
    expect(html).toContain(
      '<a href="https://example.com/x" rel="noopener noreferrer nofollow" target="_blank">',
    );
  });

  it("shows raw HTML as text instead of rendering it", () => {
    const html = render('<script>alert("x")</script> <b onclick="steal()">bold</b>');
    expect(html).not.toMatch(/<script|<b[ >]/i);
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("&lt;b onclick=");
  });

  it("never produces an element with an event handler, even from an image with onerror", () => {
    const html = render('<img src=x onerror="alert(1)"> ![pic](https://example.org/x.png "t")');
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<[^>]+\son\w+=/i);
  });

  it.each([
    ["a javascript: link", "[click](javascript:alert(1))"],
    ["an encoded javascript: link", "[click](jav&#x61;script:alert(1))"],
    ["a data: link", "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
    ["a vbscript: link", "[click](vbscript:msgbox(1))"],
    ["an autolink to javascript:", "<javascript:alert(1)>"],
  ])("drops %s", (_label, source) => {
    const html = render(source);
    expect(html).not.toMatch(/href=/i);
    expect(html).not.toMatch(/<a[\s>]/i);
  });

  it("keeps the text of a relative link but not the link", () => {
    expect(render("[the file](/etc/passwd)")).toBe("<p>the file</p>\n");
  });

  it("keeps mailto links", () => {
    expect(render("[desk](mailto:desk@example.org)")).toContain('href="mailto:desk@example.org"');
  });

  it("leaves headings and tables as plain text", () => {
    const html = render("# Big\n\n| a | b |\n|---|---|\n| 1 | 2 |");
    expect(html).not.toMatch(/<h1|<table/i);
    expect(html).toContain("# Big");
  });

  it("refuses to run with a DOMPurify that has no DOM (it would return its input unsanitized)", () => {
    expect(() => renderMarkdown("<p>x</p>", createDOMPurify())).toThrow(/bound to a DOM/);
  });
});
