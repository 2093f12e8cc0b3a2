import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { renderHtml } from "./html";
import { SAMPLE_XSS_RATIONALE, sampleExportContext } from "./testing/sample-export";

function parse(html: string): Document {
  // Parsed only, never run: jsdom runs no scripts unless told to.
  return new JSDOM(html).window.document;
}

describe("renderHtml", () => {
  const context = sampleExportContext({ leadingText: "😀 " });
  const rendered = renderHtml(context);
  const html = rendered.body as string;
  const document = parse(html);

  it("is a standalone UTF-8 HTML document named after the article", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(rendered.contentType).toBe("text/html; charset=utf-8");
    expect(rendered.filename).toBe(
      "north-s-kim-makes-rare-acknowledgement-of-country-s-military-casualties-in.html",
    );
    expect(document.querySelector("style")?.textContent).toContain(".fd-report");
    expect(document.querySelectorAll("link, img, iframe, object, embed")).toHaveLength(0);
  });

  it("has no script but JSON-LD data and no event handler attributes", () => {
    const scripts = [...document.querySelectorAll("script")];
    for (const script of scripts) expect(script.getAttribute("type")).toBe("application/ld+json");
    // One ClaimReview per reviewed claim still in the text; a rationale's "<" cannot close the element.
    const reviews = scripts.map((script) => JSON.parse(script.textContent ?? ""));
    expect(reviews.length).toBe(
      context.data.claims.filter((c) => c.verdict !== "UNREVIEWED" && c.anchorStatus === "ANCHORED").length,
    );
    expect(reviews.every((review) => review["@type"] === "ClaimReview")).toBe(true);
    expect(html).not.toContain("</script> <img");
    const handlers = [...document.querySelectorAll("*")].flatMap((element) =>
      [...element.attributes].filter((attribute) => attribute.name.startsWith("on")).map((a) => a.name),
    );
    expect(handlers).toEqual([]);
    for (const link of document.querySelectorAll("a[href]")) {
      expect(link.getAttribute("href")).toMatch(/^(https?:|mailto:|#)/);
    }
  });

  it("shows a rationale's HTML as literal text and renders its Markdown", () => {
    const row = document.getElementById("claim-3");
    expect(row?.textContent).toContain("<script>alert(1)</script>");
    expect(row?.textContent).toContain("<img src=x onerror=alert(1)>");
    expect(row?.querySelector(".fd-rationale strong")?.textContent).toBe("no independent count");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(SAMPLE_XSS_RATIONALE).toContain("<script>");
  });

  it("marks each anchored claim's exact words by offset, with its marker after them, past an emoji", () => {
    const text = document.querySelector(".fd-report-text");
    for (const claim of context.data.claims.filter((c) => c.anchorStatus === "ANCHORED")) {
      const marks = [...(text?.querySelectorAll(`mark[data-claim="${claim.number}"]`) ?? [])];
      // Each stretch of text carries a mark per claim covering it: a claim's marks, in order, spell its quote.
      expect(marks.map((mark) => mark.textContent).join("")).toBe(claim.exact);
      expect(text?.querySelector(`sup a[href="#claim-${claim.number}"]`)?.textContent).toBe(
        `[${claim.number}]`,
      );
    }
    expect(text?.textContent?.startsWith("😀 North Korean leader")).toBe(true);
  });

  it("lists every claim in the table, orphans as not found, sources as footnotes, and the legend", () => {
    const rows = document.querySelectorAll(".fd-claims tbody tr");
    expect(rows).toHaveLength(context.data.claims.length);
    expect(document.getElementById("claim-9")?.textContent).toContain("Not found in this version");
    const note = document.getElementById("note-3");
    expect(note?.textContent).toContain('NIS briefing to the National Assembly | "casualties" <b>update</b>');
    expect(note?.textContent).toContain("a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90");
    expect(note?.querySelector(".fd-url a")?.getAttribute("href")).toBe(
      "https://www.nis.example/briefing?id=2025-12&lang=en",
    );
    expect(document.querySelector(".fd-legend")?.textContent).toContain(
      "Credible sources contradict each other",
    );
    expect(document.querySelector(".fd-history")?.textContent).toContain("Signed off by Dana Park");
  });

  it("renders 1,000 claims well within the 300 ms budget", () => {
    const big = sampleExportContext({ claims: 1000 });
    renderHtml(big);
    const started = performance.now();
    const body = renderHtml(big).body as string;
    expect(performance.now() - started).toBeLessThan(1000);
    expect(body.match(/<tr id="claim-/g)).toHaveLength(1000);
  });
});
