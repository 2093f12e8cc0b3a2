import { describe, expect, it } from "vitest";
import { found, texts } from "./test-helpers";

describe("quotes", () => {
  it("finds curly and straight quotations with their marks, across sentences", () => {
    const text = `He said it had taken "almost four months." “She watched every match. Twice,” Baek told reporters.`;
    expect(texts(text, "quote")).toEqual(['"almost four months."', "“She watched every match. Twice,”"]);
  });

  it("splits a quotation broken by an attribution and names the speaker of both halves", () => {
    const text = "“The money exists,” Tomas Reinholt said, “but it is sitting in the wrong budgets.”";
    expect(found(text, "quote")).toEqual([
      { text: "“The money exists,”", normalized: { speaker: "Tomas Reinholt" } },
      { text: "“but it is sitting in the wrong budgets.”", normalized: { speaker: "Tomas Reinholt" } },
    ]);
  });

  it("resolves a pronoun speaker and a quote introduced by 'saying'", () => {
    const text =
      "Kim Jong-un visited the unit. Kim praised the regiment, saying it had achieved “a miracle.” He added that it was “not a feat.”";
    expect(found(text, "quote").map((quote) => quote.normalized)).toEqual([
      { speaker: "Kim Jong-un" },
      { speaker: "Kim Jong-un" },
    ]);
  });

  it("drops unbalanced marks and names in quotation marks, keeps a quote that runs on to the next paragraph", () => {
    expect(texts('He said “this never closes. And neither does "this', "quote")).toEqual([]);
    expect(texts("the “528th Regiment of Engineers,” known as the “Storm Corps”", "quote")).toEqual([]);
    expect(texts("“First paragraph of the quote.\n“Second paragraph,” she said.", "quote")).toEqual([
      "“First paragraph of the quote.",
      "“Second paragraph,”",
    ]);
    expect(texts("He replied: “Never,” and left.", "quote")).toEqual(["“Never,”"]);
  });
});
