// Protects: the address limit keys on what the nearest proxy saw, not on what a client claims.
import { describe, expect, it } from "vitest";
import { clientAddress } from "./attempt-sign-in";

describe("clientAddress", () => {
  it("takes the last X-Forwarded-For hop", () => {
    expect(clientAddress({ "x-forwarded-for": "1.1.1.1, 10.0.0.1, 203.0.113.9" })).toBe("203.0.113.9");
  });

  it("falls back to X-Real-IP, then to no address", () => {
    expect(clientAddress({ "x-real-ip": " 198.51.100.2 " })).toBe("198.51.100.2");
    expect(clientAddress({})).toBeNull();
    expect(clientAddress(undefined)).toBeNull();
  });
});
