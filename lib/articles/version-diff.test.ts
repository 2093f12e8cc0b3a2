// Protects: the comparison of two versions shows exactly what changed, word by word, paragraph by paragraph.
import { describe, expect, it } from "vitest";
import { type DiffBlock, diffVersions } from "./version-diff";

/** A block as the reader sees it: [-removed-] and {+added+}. */
function render(block: DiffBlock): string {
  if (block.kind === "same") return block.text;
  if (block.kind === "added") return `{+${block.text}+}`;
  if (block.kind === "removed") return `[-${block.text}-]`;
  return block.segments
    .map((segment) =>
      segment.kind === "added"
        ? `{+${segment.text}+}`
        : segment.kind === "removed"
          ? `[-${segment.text}-]`
          : segment.text,
    )
    .join("");
}

describe("diffVersions", () => {
  it("marks the changed words inside an edited paragraph", () => {
    const diff = diffVersions(
      "Kim said nine soldiers died.\n\nThe regiment returned.",
      "Kim said ten soldiers died.\n\nThe regiment returned.",
    );
    expect(diff.blocks.map(render)).toEqual([
      "Kim said [-nine-]{+ten+} soldiers died.",
      "The regiment returned.",
    ]);
    expect(diff).toMatchObject({ addedWords: 1, removedWords: 1, changedBlocks: 1 });
  });

  it("shows inserted and deleted paragraphs whole", () => {
    const diff = diffVersions("One.\n\nTwo.\n\nThree.", "One.\n\nA new paragraph entirely.\n\nThree.");
    expect(diff.blocks.map(render)).toEqual(["One.", "[-Two.-]", "{+A new paragraph entirely.+}", "Three."]);
    expect(diff.changedBlocks).toBe(2);
  });

  it("pairs an edit that comes after an inserted paragraph", () => {
    const diff = diffVersions(
      "Intro.\n\nOfficials counted 14 injured people on Monday.",
      "Intro.\n\nUpdate: more details.\n\nOfficials counted 16 injured people on Monday.",
    );
    expect(diff.blocks.map(render)).toEqual([
      "Intro.",
      "{+Update: more details.+}",
      "Officials counted [-14-]{+16+} injured people on Monday.",
    ]);
  });

  it("keeps every word of both texts", () => {
    const before = "Alpha beta.\n\nGamma delta epsilon.\n\nZeta.";
    const after = "Alpha beta gamma.\n\nEta theta.\n\nZeta.\n\nIota.";
    const blocks = diffVersions(before, after).blocks;
    const side = (skip: "added" | "removed") =>
      blocks
        .map((block) =>
          block.kind === "changed"
            ? block.segments
                .filter((segment) => segment.kind !== skip)
                .map((segment) => segment.text)
                .join("")
            : block.kind === skip
              ? null
              : block.text,
        )
        .filter((text) => text !== null)
        .join("\n\n");
    expect(side("added")).toBe(before);
    expect(side("removed")).toBe(after);
  });

  it("reports no change for identical texts", () => {
    expect(diffVersions("Same.\n\nText.", "Same.\n\nText.")).toMatchObject({
      changedBlocks: 0,
      addedWords: 0,
    });
  });
});
