import { describe, expect, it } from "vitest";
import { digitsToNumber, fractionToNumber, wordsToNumber } from "./number-words";

describe("number words", () => {
  it("reads spelled-out numbers", () => {
    expect(wordsToNumber("nine")).toBe(9);
    expect(wordsToNumber("Seventeen")).toBe(17);
    expect(wordsToNumber("twenty-five")).toBe(25);
    expect(wordsToNumber("one hundred and five")).toBe(105);
    expect(wordsToNumber("three thousand two hundred")).toBe(3200);
    expect(wordsToNumber("two dozen")).toBe(24);
    expect(wordsToNumber("a million")).toBe(1_000_000);
  });

  it("refuses what is not a number", () => {
    expect(wordsToNumber("nine lives")).toBeNull();
    expect(wordsToNumber("")).toBeNull();
  });

  it("reads digits with separators and fractions", () => {
    expect(digitsToNumber("2,400")).toBe(2400);
    expect(digitsToNumber("3.1")).toBe(3.1);
    expect(fractionToNumber("a third")).toBeCloseTo(1 / 3);
    expect(fractionToNumber("two-thirds")).toBeCloseTo(2 / 3);
    expect(fractionToNumber("the third")).toBeNull();
  });
});
