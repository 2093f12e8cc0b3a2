// Protects: a misconfigured or busy database stops the commands with one clear line, never a stack trace.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EmbeddedDatabase, openEmbeddedDatabase } from "@/lib/db/embedded";

const root = path.resolve(import.meta.dirname, "..");

function run(script: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "test", ...env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

function expectOneLine(stderr: string, pattern: RegExp) {
  expect(stderr).toMatch(pattern);
  expect(stderr.split("\n")).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe("scripts/db.ts with a bad DATABASE_URL", () => {
  it("names the variable when the URL is malformed", () => {
    const result = run("scripts/db.ts", ["migrate"], { DATABASE_URL: "mysql://localhost/factdesk" });
    expect(result.status).toBe(1);
    expectOneLine(result.stderr, /^DATABASE_URL must start with postgresql:\/\//);
  });

  it("names the variable and the host when the server is unreachable", () => {
    const result = run("scripts/db.ts", ["migrate"], {
      DATABASE_URL: "postgresql://postgres@127.0.0.1:1/factdesk",
    });
    expect(result.status).toBe(1);
    expectOneLine(
      result.stderr,
      /^Cannot use the database in DATABASE_URL \(127\.0\.0\.1:1\): connection refused/,
    );
  });
});

describe("scripts/start.ts", () => {
  it("refuses to start against a real database without a session secret", () => {
    const result = run("scripts/start.ts", [], {
      DATABASE_URL: "postgresql://postgres@127.0.0.1:1/factdesk",
    });
    expect(result.status).toBe(1);
    expectOneLine(result.stderr, /^NEXTAUTH_SECRET \(or AUTH_SECRET\) is not set/);
  });
});

describe("a second process on the same embedded database", () => {
  let dataDir: string;
  let holder: EmbeddedDatabase;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-busy-"));
    holder = await openEmbeddedDatabase(dataDir);
  });

  afterAll(async () => {
    await holder.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("is refused with a message naming the folder and the owner", () => {
    const result = run("scripts/db.ts", ["status"], { FACTDESK_DATA_DIR: dataDir });
    expect(result.status).toBe(1);
    expectOneLine(
      result.stderr,
      new RegExp(
        `^The embedded database in ${dataDir} is in use by another Factdesk process \\(pid ${process.pid}\\)`,
      ),
    );
  });

  it("leaves the holder's database working", async () => {
    const { rows } = await holder.pglite.query<{ ok: number }>("SELECT 1 AS ok");
    expect(rows).toEqual([{ ok: 1 }]);
  });
});
