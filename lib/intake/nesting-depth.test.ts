// Protects: hostile nesting is refused in one quick pass instead of stalling the server in the HTML parser.
import { describe, expect, it } from "vitest";
import { assertNestingWithin, NestingTooDeepError } from "./nesting-depth";

describe("assertNestingWithin", () => {
  it("accepts ordinary pages, however many elements they have", () => {
    const page = `<html><body>${"<div><p>Text <b>bold</b><br><img src=x></p></div>".repeat(20_000)}</body></html>`;
    expect(() => assertNestingWithin(page, 10)).not.toThrow();
  });

  it("refuses nesting past the limit, quickly", () => {
    const startedAt = performance.now();
    expect(() => assertNestingWithin(`${"<div>".repeat(200_000)}x`)).toThrow(NestingTooDeepError);
    expect(performance.now() - startedAt).toBeLessThan(1000);
  });

  it("closes what HTML closes implicitly, so unclosed paragraphs and items do not add up", () => {
    expect(() =>
      assertNestingWithin(`<ul>${"<li>item".repeat(5000)}</ul>${"<p>para".repeat(5000)}`, 5),
    ).not.toThrow();
  });

  it("does not count tags inside scripts, styles and comments", () => {
    const html = `<script>${"<div>".repeat(1000)}</script><!-- ${"<div>".repeat(1000)} --><p>x</p>`;
    expect(() => assertNestingWithin(html, 5)).not.toThrow();
  });

  it("counts real nesting exactly at the limit", () => {
    expect(() => assertNestingWithin("<div>".repeat(5), 5)).not.toThrow();
    expect(() => assertNestingWithin("<div>".repeat(6), 5)).toThrow(NestingTooDeepError);
  });
});
