// Protects: a server never silently leaves queued jobs to a worker that cannot exist.
import { describe, expect, it } from "vitest";
import { resolveDatabaseTarget } from "@/lib/db/target";
import { readEnv } from "@/lib/env";
import { resolveWorkerMode } from "./worker-mode";

const postgres = { DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/factdesk" };
const mode = (source: Record<string, string>) =>
  resolveWorkerMode(readEnv(source), resolveDatabaseTarget(source));

describe("FACTDESK_WORKERS", () => {
  it("runs the workers in the server by default, on either database", () => {
    expect(mode({})).toBe("in-process");
    expect(mode(postgres)).toBe("in-process");
  });

  it("may be off on PostgreSQL, where `npm run worker` can reach the jobs", () => {
    expect(mode({ ...postgres, FACTDESK_WORKERS: "off" })).toBe("off");
  });

  it("refuses off on the embedded database, whose one process must run its jobs", () => {
    expect(() => mode({ FACTDESK_WORKERS: "off" })).toThrow(/^FACTDESK_WORKERS=off needs DATABASE_URL/);
  });

  it("names the setting when the value is unknown", () => {
    expect(() => readEnv({ FACTDESK_WORKERS: "separate" })).toThrow(/FACTDESK_WORKERS: /);
  });
});
