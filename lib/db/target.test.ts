// Protects: Factdesk talks to the database the operator configured, and says clearly when it cannot.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DatabaseConfigError, parsePostgresUrl, resolveDatabaseTarget, toPostgresUrl } from "./target";

describe("resolveDatabaseTarget", () => {
  it("uses PostgreSQL when DATABASE_URL is set", () => {
    const target = resolveDatabaseTarget({ DATABASE_URL: "postgresql://ed:pw@db.example:6543/newsroom" });
    expect(target).toMatchObject({
      kind: "postgres",
      config: { host: "db.example", port: 6543, user: "ed", password: "pw", database: "newsroom" },
    });
  });

  it("uses the embedded database in .data when DATABASE_URL is unset or blank", () => {
    expect(resolveDatabaseTarget({})).toEqual({ kind: "embedded", dataDir: path.resolve(".data") });
    expect(resolveDatabaseTarget({ DATABASE_URL: "  " }).kind).toBe("embedded");
  });

  it("honours FACTDESK_DATA_DIR", () => {
    expect(resolveDatabaseTarget({ FACTDESK_DATA_DIR: "/tmp/fd" })).toEqual({
      kind: "embedded",
      dataDir: "/tmp/fd",
    });
  });
});

describe("parsePostgresUrl", () => {
  it.each([
    ["not a url", /DATABASE_URL is not a valid URL/],
    ["mysql://localhost/db", /must start with postgresql:\/\//],
    ["postgresql://localhost", /names no database/],
  ])("refuses %s with a message naming the variable", (url, message) => {
    expect(() => parsePostgresUrl(url, "DATABASE_URL")).toThrow(DatabaseConfigError);
    expect(() => parsePostgresUrl(url, "DATABASE_URL")).toThrow(message);
  });

  it("defaults the port and user, decodes escapes and keeps sslmode", () => {
    const config = parsePostgresUrl("postgres://localhost/my%20db?sslmode=require", "X");
    expect(config).toEqual({
      host: "localhost",
      port: 5432,
      user: "postgres",
      password: undefined,
      database: "my db",
      ssl: true,
    });
  });

  it("round-trips through toPostgresUrl", () => {
    const config = parsePostgresUrl("postgresql://a%40b:p%2Fw@h:5433/d", "X");
    expect(parsePostgresUrl(toPostgresUrl(config), "X")).toEqual(config);
  });
});
