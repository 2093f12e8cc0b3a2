// Protects: a real deployment never signs sessions with a made-up secret; the demo keeps its own across restarts.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MissingSecretError, resolveAuthSecret } from "./secret";

const postgres = {
  kind: "postgres",
  url: "postgresql://h/d",
  config: { host: "h", port: 5432, user: "u", database: "d" },
} as const;

describe("resolveAuthSecret", () => {
  it("uses NEXTAUTH_SECRET, then AUTH_SECRET", () => {
    expect(resolveAuthSecret(postgres, { NEXTAUTH_SECRET: "a", AUTH_SECRET: "b" })).toBe("a");
    expect(resolveAuthSecret(postgres, { AUTH_SECRET: "b" })).toBe("b");
  });

  it("refuses to run against a real database without one", () => {
    expect(() => resolveAuthSecret(postgres, {})).toThrow(MissingSecretError);
    expect(() => resolveAuthSecret(postgres, {})).toThrow(/NEXTAUTH_SECRET \(or AUTH_SECRET\) is not set/);
  });

  it("refuses in production mode even on the embedded database", () => {
    const embedded = { kind: "embedded", dataDir: os.tmpdir() } as const;
    expect(() => resolveAuthSecret(embedded, { NODE_ENV: "production" })).toThrow(MissingSecretError);
  });

  it("generates one for the embedded demo and keeps it", () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-secret-"));
    const embedded = { kind: "embedded", dataDir } as const;
    const first = resolveAuthSecret(embedded, {});
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(resolveAuthSecret(embedded, {})).toBe(first);
    expect(fs.statSync(path.join(dataDir, "auth-secret")).mode & 0o777).toBe(0o600);
    fs.rmSync(dataDir, { recursive: true });
  });
});
