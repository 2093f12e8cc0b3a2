import { describe, expect, it } from "vitest";
import { detectClaims } from "./detect";
import { detectOptionsFor } from "./wire-input";

const HEADER = " date 2025-12-14 Kim speaks\nPublished: 14 Dec. 2025, 16:30 Updated: 14 Dec. 2025, 16:52\n";

describe("wire input", () => {
  it("skips the two header lines and takes the published time as the reference", () => {
    const content = `${HEADER}Kim said Friday that 9 people were killed.\n`;
    const options = detectOptionsFor(content);
    expect(options.skipPrefix).toBe(HEADER.length);
    expect(options.publishedAt?.toISOString()).toBe("2025-12-14T16:30:00.000Z");
    const detections = detectClaims(content, options);
    expect(detections.every((item) => item.start >= HEADER.length)).toBe(true);
    expect(detections.find((item) => item.kind === "date")).toMatchObject({
      text: "Friday",
      normalized: "2025-12-12",
    });
  });

  it("keeps offsets into the content as read, with a byte-order mark and Windows line breaks", () => {
    const content = `\uFEFF${HEADER.replace(/\n/g, "\r\n")}Kim said Friday.\r\n`;
    const options = detectOptionsFor(content);
    expect(content.slice(options.skipPrefix)).toBe("Kim said Friday.\r\n");
    for (const item of detectClaims(content, options))
      expect(content.slice(item.start, item.end)).toBe(item.text);
  });

  it("handles a header without a body, a header without times, and plain text", () => {
    expect(detectOptionsFor(HEADER)).toEqual({ skipPrefix: HEADER.length });
    const noTimes = " date 2025-12-14 Title\nKim said Friday.";
    expect(detectOptionsFor(noTimes)).toMatchObject({ skipPrefix: noTimes.indexOf("Kim") });
    expect(detectOptionsFor("Kim said Friday.")).toEqual({});
  });
});
