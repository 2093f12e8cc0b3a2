// Protects: the address limit keys on what a trusted proxy saw, never on what a client claims.
import { describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";
import { clientAddress } from "./attempt-sign-in";

const forwardedFor = (value: string | string[] | undefined, trustedProxyHops: number) =>
  clientAddress({ headers: { "x-forwarded-for": value }, trustedProxyHops });

describe("clientAddress", () => {
  it("believes no header without a trusted proxy (the default)", () => {
    expect(readEnv({}).FACTDESK_TRUSTED_PROXY_HOPS).toBe(0);
    expect(forwardedFor("203.0.113.9", 0)).toBeNull();
    expect(clientAddress({ headers: { "x-real-ip": "198.51.100.2" }, trustedProxyHops: 0 })).toBeNull();
    expect(clientAddress({ headers: { "x-real-ip": "198.51.100.2" }, trustedProxyHops: 1 })).toBeNull();
  });

  it("takes the entry as many hops from the right as there are trusted proxies", () => {
    expect(forwardedFor("1.1.1.1, 10.0.0.1, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(forwardedFor("1.1.1.1, 203.0.113.9, 10.0.0.1", 2)).toBe("203.0.113.9");
    expect(forwardedFor(["1.1.1.1", "203.0.113.9"], 1)).toBe("203.0.113.9");
  });

  it("has no address when the request passed fewer proxies than configured, or none reported one", () => {
    expect(forwardedFor("203.0.113.9", 2)).toBeNull();
    expect(forwardedFor(undefined, 1)).toBeNull();
    expect(forwardedFor("1.1.1.1, ", 1)).toBeNull();
    expect(clientAddress({ headers: undefined, trustedProxyHops: 1 })).toBeNull();
  });

  it("reads FACTDESK_TRUSTED_PROXY_HOPS as a small whole number, saying what to use otherwise", () => {
    expect(readEnv({ FACTDESK_TRUSTED_PROXY_HOPS: "2" }).FACTDESK_TRUSTED_PROXY_HOPS).toBe(2);
    expect(() => readEnv({ FACTDESK_TRUSTED_PROXY_HOPS: "yes" })).toThrow(
      /FACTDESK_TRUSTED_PROXY_HOPS: Use the number of proxies/,
    );
    expect(() => readEnv({ FACTDESK_TRUSTED_PROXY_HOPS: "-1" })).toThrow(/Use 0 or more/);
  });
});
