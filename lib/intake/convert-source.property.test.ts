// Protects: no input, however hostile, crashes an import or gets markup outside the allowed set into a draft.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plainTextFromDocument } from "@/lib/articles/document";
import { normalizeDocument } from "@/lib/articles/normalize-document";
import { wellFormed } from "@/lib/articles/normalize-inline";
import { findDisallowedMarkup, readWithProseMirror, shapeOf } from "@/lib/articles/testing/document-checks";
import { convertSource } from "./convert-source";
import { IntakeError } from "./intake-error";
import type { IntakeSettings } from "./settings";
import { hostileHtml } from "./testing/hostile-html";

const settings: IntakeSettings = { maxBytes: 5 * 1024 * 1024, fetchTimeoutMs: 1000, fetchAllowHosts: [] };
const source = fc.oneof(
  hostileHtml.map((html) => ({
    kind: "file" as const,
    name: "page.html",
    bytes: new TextEncoder().encode(html),
  })),
  hostileHtml.map((html) => ({
    kind: "file" as const,
    name: "notes.md",
    bytes: new TextEncoder().encode(html),
  })),
  hostileHtml.map((text) => ({ kind: "paste" as const, text })),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => ({ kind: "file" as const, name: "blob.txt", bytes })),
);

describe("convertSource on generated hostile input", () => {
  it("returns a clean draft or refuses with an IntakeError, for 1,500 inputs", async () => {
    let drafts = 0;
    await fc.assert(
      fc.asyncProperty(source, async (input) => {
        let draft: Awaited<ReturnType<typeof convertSource>>;
        try {
          draft = await convertSource(input, settings);
        } catch (error) {
          expect(error, String(error)).toBeInstanceOf(IntakeError);
          expect((error as IntakeError).message.startsWith(`${(error as IntakeError).sourceName}: `)).toBe(
            true,
          );
          return;
        }
        drafts++;
        expect(findDisallowedMarkup(draft.document)).toEqual([]);
        // Text may say "<script>" (it is shown as text); structure and attributes may not.
        const structure = JSON.stringify(draft.document, (key, value) =>
          key === "text" ? undefined : value,
        );
        expect(structure).not.toMatch(
          /javascript:|vbscript:|data:|"on[a-z]+"|"(?:style|src|srcdoc|class|script|iframe)"/i,
        );
        // Already in the stored shape: normalizing again changes nothing.
        expect(normalizeDocument(draft.document)).toEqual(draft.document);
        // The reader loads it unchanged and reads the same text claims will anchor to.
        const prose = readWithProseMirror(draft.document);
        expect(prose.shape).toBe(shapeOf(draft.document));
        expect(prose.text).toBe(plainTextFromDocument(draft.document));
        expect(draft.metadata.title.trim()).not.toBe("");
        // Every string is valid UTF-16: PostgreSQL refuses half a surrogate pair in JSON (the audit log).
        for (const value of [draft.sourceName, ...Object.values(draft.metadata)]) {
          if (typeof value === "string") expect(wellFormed(value)).toBe(value);
        }
      }),
      { numRuns: 1500 },
    );
    // A generator that only produced refusals would prove nothing about drafts.
    expect(drafts).toBeGreaterThan(500);
  }, 120_000);
});
