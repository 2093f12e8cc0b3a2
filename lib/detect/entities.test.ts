import { describe, expect, it } from "vitest";
import { found } from "./test-helpers";

const entities = (text: string) =>
  found(text, "entity").map((item) => `${item.text}:${(item.normalized as { type: string }).type}`);

describe("entities", () => {
  it("finds people, organizations and places, splitting possessives", () => {
    const text =
      "North Korean leader Kim Jong-un visited Russia’s Kursk region with the Korean People’s Army’s 11th Corps. " +
      "Kim’s trip was reported by the Korean Central News Agency (KCNA) in Pyongyang.";
    expect(entities(text)).toEqual([
      "Kim Jong-un:person",
      "Russia:place",
      "Kursk region:place",
      "Korean People’s Army:organization",
      "11th Corps:organization",
      "Kim:person",
      "Korean Central News Agency:organization",
      "KCNA:organization",
      "Pyongyang:place",
    ]);
  });

  it("reads Hangul and Cyrillic names", () => {
    const text =
      "Han Seo-yeon (한서연) beat Dmitri Sokolov (Дмитрий Соколов) of Severnaya Zvezda (Северная Звезда).";
    expect(entities(text)).toEqual([
      "Han Seo-yeon:person",
      "한서연:person",
      "Dmitri Sokolov:person",
      "Дмитрий Соколов:person",
      "Severnaya Zvezda:organization",
      "Северная Звезда:organization",
    ]);
  });

  it("drops titles, sentence-initial common words, demonyms, laws and holidays", () => {
    const text =
      "Separately, Mayor Choi Eun-hee spoke. Police said Russian players came under the Local Finance Act on Independence Day. " +
      "Under European Union rules, the TEU count is 24,000 TEU. Cyclone Yaku hit in 2023.";
    expect(entities(text)).toEqual(["Choi Eun-hee:person", "European Union:organization"]);
  });
});
