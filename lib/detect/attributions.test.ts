import { describe, expect, it } from "vitest";
import { found } from "./test-helpers";

const attributions = (text: string) =>
  found(text, "attribution").map((item) => [item.text, (item.normalized as { source: string }).source]);

describe("attributions", () => {
  it("links a name before or after the verb, with its full name", () => {
    expect(
      attributions(
        "North Korean leader Kim Jong-un said Friday that it was over. Later, said Kim, it began.",
      ),
    ).toEqual([
      ["Kim Jong-un said", "Kim Jong-un"],
      ["said Kim", "Kim Jong-un"],
    ]);
  });

  it("reads 'according to', appositives, listeners and pronouns", () => {
    const text =
      "The ceremony was held, according to the Korean Central News Agency (KCNA) on Saturday. " +
      "Lim Eul-chul, a professor at Kyungnam University, said it mattered. Lim told reporters he agreed. He added more.";
    expect(attributions(text)).toEqual([
      ["according to the Korean Central News Agency (KCNA)", "Korean Central News Agency"],
      ["Lim Eul-chul, a professor at Kyungnam University, said", "Lim Eul-chul"],
      ["Lim told reporters", "Lim Eul-chul"],
      ["He added", "Lim Eul-chul"],
    ]);
  });

  it("reads groups and organizations named by their kind", () => {
    const text =
      "The Asia-Pacific Esports Union (APEU) met. Analysts say the final mattered. State media reported that he smiled. " +
      "The union said it was fine, and the move was interpreted by analysts as a signal.";
    expect(attributions(text)).toEqual([
      ["Analysts say", "analysts"],
      ["State media reported", "state media"],
      ["The union said", "Asia-Pacific Esports Union"],
      ["interpreted by analysts", "analysts"],
    ]);
  });

  it("lets records speak through 'showed', but not any subject", () => {
    expect(
      attributions("Exports fell, official figures showed last Friday. The video showed a man running."),
    ).toEqual([["official figures showed", "official figures"]]);
  });

  it("needs a statement after 'confirmed' or 'reported', and ignores verbs inside quotations", () => {
    const text =
      "Corvel confirmed the breach. The blast was reported at night. “We expect the number to change,” Adi Prasetyo said.";
    expect(attributions(text)).toEqual([["Adi Prasetyo said", "Adi Prasetyo"]]);
  });
});
