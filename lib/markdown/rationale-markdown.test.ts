import { describe, expect, it } from "vitest";
import { getPurify } from "@/lib/intake/html-dom";
import { rationalePlainText, renderRationaleHtml } from "@/lib/markdown/rationale-markdown";

const ATTACKS = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "[click](javascript:alert(1))",
  "[click](JAVASCRIPT:alert(1))",
  "[click](data:text/html;base64,PHNjcmlwdD4=)",
  "<javascript:alert(1)>",
  "![x](https://evil.example/pixel.png)",
  '<a href="https://evil.example" onclick="x()">a</a>',
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "<svg><script>alert(1)</script></svg>",
  "`<b>code</b>` and <style>body{}</style>",
  '[x](https://ok.example "title" onmouseover=alert(1))',
];

// The browser path's allow-list (lib/markdown/render-markdown.ts), plus the rel the report adds (which
// DOMPurify would otherwise test against the URI pattern, like every attribute it does not know as safe).
const ALLOW = {
  ALLOWED_TAGS: ["p", "br", "strong", "em", "s", "code", "pre", "blockquote", "ul", "ol", "li", "a", "hr"],
  ALLOWED_ATTR: ["href", "rel"],
  ADD_URI_SAFE_ATTR: ["rel"],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
};

describe("renderRationaleHtml", () => {
  it("renders basic Markdown and http(s) links", () => {
    const html = renderRationaleHtml("**Bold** and *em*, see [KCNA](https://kcna.kp/) or https://x.example");
    expect(html).toContain("<strong>Bold</strong>");
    expect(html).toContain('<a href="https://kcna.kp/" rel="noopener noreferrer nofollow">KCNA</a>');
    expect(html).toContain('<a href="https://x.example" rel="noopener noreferrer nofollow">');
  });

  it.each(ATTACKS)(
    "keeps %s as text: DOMPurify with the app's allow-list finds nothing to remove",
    (attack) => {
      const purify = getPurify();
      const html = renderRationaleHtml(`Before ${attack} after`);
      purify.sanitize(html, ALLOW);
      // DOMPurify always reports the <body> it parsed into; anything else would be markup it had to strip.
      const removed = purify.removed.map((item) =>
        "element" in item ? item.element.nodeName : item.attribute?.name,
      );
      expect(removed.filter((name) => name !== "BODY")).toEqual([]);
      expect(html).not.toMatch(/<(script|img|svg|style|iframe)/i);
      expect(html).not.toMatch(/href="(?!https?:|mailto:)/i);
    },
  );

  it("shows raw HTML as its literal text", () => {
    expect(renderRationaleHtml("<script>alert(1)</script>")).toContain(
      "&lt;script&gt;alert(1)&lt;/script&gt;",
    );
  });
});

describe("rationalePlainText", () => {
  it("drops emphasis, keeps link addresses and list bullets, never interprets HTML", () => {
    expect(rationalePlainText("**No** count. <b>x</b> [KCNA](https://kcna.kp/)\n\n- one\n- two")).toBe(
      "No count. <b>x</b> KCNA <https://kcna.kp/>\n• one\n• two",
    );
  });
});
