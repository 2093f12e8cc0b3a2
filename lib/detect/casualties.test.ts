import { describe, expect, it } from "vitest";
import { found, texts } from "./test-helpers";

describe("casualty figures", () => {
  it("normalizes the loss of lives from the phrase's start", () => {
    expect(
      found("while there had been “the heartrending loss of nine lives,” he was grateful", "casualty"),
    ).toEqual([
      { text: "the heartrending loss of nine lives", normalized: { value: 9, category: "deaths" } },
    ]);
  });

  it("runs from the quantity to the casualty word, with the qualifier", () => {
    const text = "At least 31 people were killed and more than 70 wounded. Nine people remain missing.";
    expect(found(text, "casualty")).toEqual([
      {
        text: "At least 31 people were killed",
        normalized: { value: 31, category: "deaths", qualifier: "at least" },
      },
      {
        text: "more than 70 wounded",
        normalized: { value: 70, category: "wounded", qualifier: "more than" },
      },
      { text: "Nine people remain missing", normalized: { value: 9, category: "missing" } },
    ]);
    expect(
      found("27 people had died and 58 were injured.", "casualty").map((item) => item.normalized),
    ).toEqual([
      { value: 27, category: "deaths" },
      { value: 58, category: "injured" },
    ]);
  });

  it("reads a casualty word before the number and parts of a toll", () => {
    expect(texts("The storm killed at least 12 villagers.", "casualty")).toEqual([
      "killed at least 12 villagers",
    ]);
    expect(texts("Nineteen of those killed worked at the depot.", "casualty")).toEqual([
      "Nineteen of those killed",
    ]);
  });

  it("ignores money, durations and figures far from a casualty word", () => {
    expect(
      texts(
        "The fund paid $5 million to families of those killed; rescuers worked 40 hours. 12 houses burned.",
        "casualty",
      ),
    ).toEqual([]);
    expect(texts("The campaign saved 31 lives.", "casualty")).toEqual([]);
  });
});
