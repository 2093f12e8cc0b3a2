// Protects: an unreachable or misconfigured server is reported in one line naming DATABASE_URL and the host.
import { describe, expect, it } from "vitest";
import { describeConnectionError } from "./connection-error";
import { DatabaseConnectionError } from "./migrate/errors";

const env = { DATABASE_URL: "postgresql://postgres@db.internal:5544/factdesk" };

describe("describeConnectionError", () => {
  it("names the variable, host and port for a refused connection", () => {
    const error = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    expect(describeConnectionError(error, env)).toBe(
      "Cannot use the database in DATABASE_URL (db.internal:5544/factdesk): connection refused (is the server running?).",
    );
  });

  it("finds the code inside wrapped and aggregated errors", () => {
    const inner = Object.assign(new Error("getaddrinfo"), { code: "ENOTFOUND" });
    const wrapped = new Error("adapter failed", { cause: new AggregateError([inner]) });
    expect(describeConnectionError(wrapped, env)).toMatch(/\(db\.internal:5544\/factdesk\): host not found/);
  });

  it("uses the host the migration tool tried", () => {
    const error = new DatabaseConnectionError("10.0.0.9", 5432, "connection timed out");
    expect(describeConnectionError(error, env)).toBe(
      "Cannot use the database in DATABASE_URL (10.0.0.9:5432): connection timed out.",
    );
  });

  it("leaves other errors alone", () => {
    expect(describeConnectionError(new Error("boom"), env)).toBeNull();
    expect(describeConnectionError(Object.assign(new Error("x"), { code: "23505" }), env)).toBeNull();
  });
});
