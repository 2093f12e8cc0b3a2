import { describe, expect, it } from "vitest";
import { found, texts } from "./test-helpers";

describe("numbers", () => {
  it("keeps the qualifier and the unit in the span", () => {
    expect(texts("There had been the heartrending loss of nine lives.", "number")).toEqual(["nine lives"]);
    expect(texts("relocation subsidies for 2,400 households displaced", "number")).toEqual([
      "2,400 households",
    ]);
    expect(texts("in a matter of less than three months.", "number")).toEqual(["less than three months"]);
    expect(texts("approved the budget by 18 votes to 11, after", "number")).toEqual(["18 votes to 11"]);
    expect(texts("growth between 3 and 5 percent a year", "number")).toEqual(["between 3 and 5 percent"]);
    expect(texts("roughly one in 20 working residents.", "number")).toEqual([
      "roughly one in 20 working residents",
    ]);
  });

  it("normalizes money, percentages and counts", () => {
    expect(found("a $52 million upgrade", "number")).toEqual([
      { text: "$52 million", normalized: { value: 52_000_000, unit: "USD" } },
    ]);
    expect(found("a record 3.1 trillion won budget", "number")[0]?.normalized).toEqual({
      value: 3.1e12,
      unit: "KRW",
      qualifier: "a record",
    });
    expect(found("with 72 percent of the increase", "number")[0]?.normalized).toEqual({
      value: 72,
      unit: "percent",
    });
    expect(found("more than 9,000 spectators", "number")[0]?.normalized).toEqual({
      value: 9000,
      unit: "spectators",
      qualifier: "more than",
    });
    expect(found("beating Sokolov 3-2 in a match", "number")[0]?.normalized).toEqual({
      value: 3,
      against: 2,
    });
  });

  it("takes the counted noun after modifiers and coordinated nouns", () => {
    expect(texts("an order for 12 liquefied natural gas carriers that", "number")).toEqual([
      "12 liquefied natural gas carriers",
    ]);
    expect(texts("factories in 20 cities and counties each year", "number")).toEqual([
      "20 cities and counties",
    ]);
    expect(texts("over a 10-year period beginning", "number")).toEqual(["10-year period"]);
  });

  it("leaves out ordinals in names, parts of dates, names with numbers and vague amounts", () => {
    const text =
      "The 528th Regiment of Engineers and the 11th Corps met on May 28 under the Regional Development 20-10 Policy; " +
      "dozens of people came, a few stayed, and every one of them left in a safe and secure one.";
    expect(texts(text, "number")).toEqual([]);
  });

  it("counts 'twice', 'one' standing for a counted noun, and fractions", () => {
    expect(texts("residents had complained at least twice since", "number")).toEqual(["at least twice"]);
    expect(texts("Two councillors abstained and one was absent.", "number")).toEqual([
      "Two councillors",
      "one",
    ]);
    expect(texts("asked for the payments to be raised by a third.", "number")).toEqual(["a third"]);
    expect(texts("We will go once we reach the back.", "number")).toEqual([]);
  });

  it("counts 'an hour' and 'half of' only after a qualifier", () => {
    expect(
      texts("The water rose in less than an hour; roughly half of the homes flooded.", "number"),
    ).toEqual(["less than an hour", "roughly half"]);
    expect(texts("It took an hour and half of the staff left.", "number")).toEqual([]);
  });

  it("does not read a year, a time or a phone-like run as a quantity", () => {
    expect(texts("It opened in 2024 at 10:15 p.m. on Saturday.", "number")).toEqual([]);
  });
});
