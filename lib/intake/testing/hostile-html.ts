import fc from "fast-check";

const TAGS = [
  ...[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "strong",
    "em",
    "b",
    "i",
    "br",
  ],
  ...[
    "div",
    "span",
    "pre",
    "table",
    "tr",
    "td",
    "section",
    "article",
    "nav",
    "header",
    "figure",
    "hr",
    "u",
    "code",
  ],
  ...[
    "script",
    "style",
    "iframe",
    "object",
    "embed",
    "svg",
    "math",
    "img",
    "form",
    "input",
    "textarea",
    "template",
  ],
  ...["noscript", "base", "meta", "link", "select", "option", "xmp", "title", "video", "frameset", "details"],
];
const DANGEROUS_VALUES = [
  "javascript:alert(1)",
  " JaVaScRiPt:alert(1)",
  "&#106;avascript:alert(1)",
  "java\tscript:alert(1)",
  "vbscript:msgbox(1)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "https://example.com/ok",
  "mailto:desk@example.com",
  "/relative/path",
  "//evil.example/x",
  "alert(document.cookie)",
  "expression(alert(1))",
  "url(javascript:alert(1))",
];
const ATTRIBUTES = [
  "href",
  "src",
  "onclick",
  "onerror",
  "onload",
  "style",
  "srcdoc",
  "xlink:href",
  "formaction",
  "class",
  "id",
  "lang",
];
const TEXTS = [
  "Nine lives were lost",
  "1,200 containers",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "&amp; &quot; &#0; &#xD800; &nbsp;",
  "<",
  ">",
  "]]>",
  "<!--",
  "-->",
  "\u0000\u0007\u200b\uFEFF",
  "🙂 שלום 你好 مرحبا",
  "  \n\t  ",
];

const text = fc.oneof(
  fc.constantFrom(...TEXTS),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 12 }),
);
const attribute = fc
  .tuple(fc.constantFrom(...ATTRIBUTES), fc.constantFrom(...DANGEROUS_VALUES), fc.constantFrom('"', "'", ""))
  .map(([name, value, quote]) => ` ${name}=${quote}${value}${quote}`);
const tag = fc.constantFrom(...TAGS);

/**
 * HTML-ish strings that go out of their way to get markup through: every
 * dangerous element and attribute, obfuscated javascript: links, entities,
 * comments, unclosed and stray tags, control characters and odd Unicode.
 */
export const hostileHtml: fc.Arbitrary<string> = fc.letrec<{ node: string; html: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    text,
    fc
      .tuple(
        tag,
        fc.array(attribute, { maxLength: 3 }),
        tie("html"),
        fc.constantFrom("close", "open", "stray"),
      )
      .map(([name, attributes, inner, ending]) => {
        const open = `<${name}${attributes.join("")}>`;
        if (ending === "open") return `${open}${inner}`;
        if (ending === "stray") return `${inner}</${name}>`;
        return `${open}${inner}</${name}>`;
      }),
  ),
  html: fc.array(tie("node"), { maxLength: 5 }).map((nodes) => nodes.join("")),
})).html;
