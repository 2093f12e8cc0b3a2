import { describe, expect, it } from "vitest";
import type { ExportClaim } from "@/lib/exports/article-export";
import { sampleExport } from "@/lib/exports/testing/sample-export";
import { type ArticleParagraph, segmentText } from "./segment-text";

function claim(number: number, start: number, end: number, text: string, anchored = true): ExportClaim {
  const [base] = sampleExport().claims;
  if (!base) throw new Error("The sample has claims.");
  const anchorStatus = anchored ? "ANCHORED" : "ORPHANED";
  return { ...base, id: `c${number}`, number, start, end, exact: text.slice(start, end), anchorStatus };
}

/** The paragraphs back as text, with [n] where the markers go and {…} around each claim's words. */
function show(paragraphs: ArticleParagraph[]): string[] {
  return paragraphs.map(({ pieces }) =>
    pieces
      .map((piece) => {
        if (piece.type === "break") return "/";
        if (piece.type === "marker") return `[${piece.claim.number}]`;
        return piece.claims.length > 0
          ? `{${piece.claims.map((c) => c.number).join(",")}:${piece.text}}`
          : piece.text;
      })
      .join(""),
  );
}

describe("segmentText", () => {
  it("places markers by UTF-16 offsets after astral-plane characters (emoji)", () => {
    const text = "😀👍🏽 Kim said 9 died.";
    const start = text.indexOf("9 died");
    expect(show(segmentText(text, [claim(1, start, start + 6, text)]))).toEqual([
      "😀👍🏽 Kim said {1:9 died}[1].",
    ]);
  });

  it("uses the offsets, not a search, when the same words occur twice", () => {
    const text = "nine lives, then nine lives";
    expect(show(segmentText(text, [claim(1, 17, 27, text)]))).toEqual(["nine lives, then {1:nine lives}[1]"]);
  });

  it("marks overlapping and nested claims each on their own range", () => {
    const text = "North Korean leader Kim Jong-un said";
    const claims = [claim(1, 0, 31, text), claim(2, 20, 36, text), claim(3, 20, 31, text)];
    expect(show(segmentText(text, claims))).toEqual([
      "{1:North Korean leader }{1,2,3:Kim Jong-un}[1][3]{2: said}[2]",
    ]);
  });

  it("splits paragraphs on blank lines, keeps single newlines as breaks, and carries a claim across", () => {
    const text = "First line\nsecond line.\n\nNext paragraph.";
    const start = text.indexOf("line.");
    const end = text.indexOf(" paragraph");
    const paragraphs = segmentText(text, [claim(1, start, end, text)]);
    expect(show(paragraphs)).toEqual(["First line/second {1:line.}", "{1:Next}[1] paragraph."]);
    expect(paragraphs.map((p) => p.markers.map((c) => c.number))).toEqual([[], [1]]);
  });

  it("gives no marker to orphaned claims or ranges outside the text", () => {
    const text = "Short text.";
    const claims = [claim(1, 0, 5, text, false), claim(2, 6, 40, text), claim(3, 0, 5, text)];
    expect(show(segmentText(text, claims))).toEqual(["{3:Short}[3] text."]);
  });

  it("marks every anchored claim of the sample at its exact words", () => {
    const data = sampleExport({ leadingText: "🇰🇷 " });
    const covered = new Map<number, string>();
    for (const { pieces } of segmentText(data.version.plainText, data.claims)) {
      for (const piece of pieces) {
        if (piece.type !== "text") continue;
        for (const c of piece.claims) covered.set(c.number, (covered.get(c.number) ?? "") + piece.text);
      }
    }
    for (const c of data.claims.filter((item) => item.anchorStatus === "ANCHORED")) {
      expect(covered.get(c.number)).toBe(c.exact);
    }
  });
});
