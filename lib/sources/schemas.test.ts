// Protects: a source's URL is a web address people can follow, or a message says why not.
import { describe, expect, it } from "vitest";
import { ZReliability, ZSourceUrl } from "./schemas";

describe("ZSourceUrl", () => {
  it.each([
    ["https://mod.gov.example/briefing?id=4#top", "https://mod.gov.example/briefing?id=4#top"],
    ["  http://example.com  ", "http://example.com/"],
    ["example.com/report", "https://example.com/report"],
    ["example.com:8080/report", "https://example.com:8080/report"],
    ["", null],
    [null, null],
    [undefined, null],
  ])("reads %j as %j", (input, expected) => {
    expect(ZSourceUrl.parse(input)).toBe(expected);
  });

  it.each([
    ["javascript:alert(1)", "Only http and https addresses can be used for a source."],
    ["data:text/html,<script>alert(1)</script>", "Only http and https addresses can be used for a source."],
    ["file:///etc/passwd", "Only http and https addresses can be used for a source."],
    ["localhost", "This is not a web address; it should start with https://."],
    ["https://user:secret@example.com/", "Remove the user name or password from the address."],
    ["http://", "This is not a web address; it should start with https://."],
  ])("refuses %s", (input, message) => {
    const result = ZSourceUrl.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });
});

describe("ZReliability", () => {
  it("reads form strings and JSON numbers, empty as unrated", () => {
    expect(ZReliability.parse("4")).toBe(4);
    expect(ZReliability.parse(2)).toBe(2);
    expect(ZReliability.parse("")).toBeNull();
    expect(ZReliability.parse(null)).toBeNull();
    for (const bad of ["0", 6, "2.5", "high"]) expect(ZReliability.safeParse(bad).success).toBe(false);
  });
});
