// Protects: editors cannot pick a password an attacker would try first.
import { describe, expect, it } from "vitest";
import { isCommonPassword, ZNewPassword } from "./password-policy";

describe("ZNewPassword", () => {
  it("accepts a long, uncommon passphrase", () => {
    expect(ZNewPassword.safeParse("verify every casualty figure").success).toBe(true);
  });

  it.each([
    ["short1", "at least 10"],
    ["password123", "most common"],
    ["Qwertyuiop", "most common"],
    ["          ", "only spaces"],
    ["x".repeat(201), "at most 200"],
  ])("refuses %j", (password, message) => {
    const result = ZNewPassword.safeParse(password);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join(" ")).toContain(message);
  });

  it("knows the common list case-insensitively", () => {
    expect(isCommonPassword("PASSWORD")).toBe(true);
    expect(isCommonPassword("a-very-unusual-phrase-42")).toBe(false);
  });
});
