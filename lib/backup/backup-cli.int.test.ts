// Protects: `npm run backup > file` writes nothing but the backup to standard output (even with npm's
// banner in front, restore reads it), and `npm run restore` reproduces it or stops with one clear line.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { setupAppDatabase } from "@/lib/testing/app-database";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createBackup } from "./create-backup";
import type { Backup } from "./format";
import { seedRichWorkspace } from "./testing/rich-workspace";

const root = path.resolve(import.meta.dirname, "../..");
const source = setupAppDatabase();
let folder: string;
let original: Backup;
let targets: TestDatabase[] = [];

/** Runs an npm script against `database`, as an operator would (npm's banner included). */
function npm(script: string, args: string[], database: TestDatabase) {
  const result = spawnSync("npm", ["run", script, "--", ...args], {
    cwd: root,
    encoding: "utf8",
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: "test",
      DATABASE_URL: "",
      ...database.env,
    },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

const normalized = ({ createdAt: _, ...rest }: Backup) => rest;

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-backup-"));
  const seeded = await seedRichWorkspace(source());
  original = await createBackup({ prisma: source(), slug: seeded.workspace.slug });
  fs.writeFileSync(path.join(folder, "original.json"), JSON.stringify(original));
  // Not opened here: the scripts open them (an embedded database admits one process at a time).
  targets = [await createTestDatabase(), await createTestDatabase()];
});

afterAll(async () => {
  for (const database of targets) await database.dispose();
  fs.rmSync(folder, { recursive: true, force: true });
});

it("restores a backup, backs it up again identically, and refuses a second restore", () => {
  const [first, second] = targets as [TestDatabase, TestDatabase];
  const restored = npm("restore", [path.join(folder, "original.json")], first);
  expect(restored.stderr).toBe("");
  expect(restored.status).toBe(0);
  expect(restored.stdout).toMatch(
    /Restored Backup Desk \(backup-\w+\): 3 users created, 1 articles, 2 claims/,
  );
  expect(restored.stdout).toMatch(/3 restored users have no password/);

  const backedUp = npm("backup", ["--workspace", original.workspace.slug], first);
  expect(backedUp.status).toBe(0);
  expect(backedUp.stderr).toMatch(/^Backed up Backup Desk .*without password hashes\.$/m);
  // npm prints its banner ("> factdesk@… backup") to standard output: restore must read past it.
  const file = path.join(folder, "again.json");
  fs.writeFileSync(file, backedUp.stdout);
  const json = backedUp.stdout.slice(backedUp.stdout.indexOf("{"));
  expect(normalized(JSON.parse(json))).toEqual(normalized(original));

  const again = npm("restore", [file], first);
  expect(again.status).toBe(1);
  expect(again.stderr).toMatch(/^Nothing was restored: this database already has a workspace "backup-\w+"/);
  expect(again.stderr.split("\n")).toHaveLength(1);

  const elsewhere = npm("restore", [file], second);
  expect(elsewhere.status).toBe(0);
});

it("says in one line what is wrong with the command or the file", () => {
  const [first] = targets as [TestDatabase];
  const broken = path.join(folder, "broken.json");
  fs.writeFileSync(broken, JSON.stringify(original).slice(0, 200));
  const twice = path.join(folder, "twice.json");
  const [article] = original.articles;
  fs.writeFileSync(twice, JSON.stringify({ ...original, articles: [article, article] }));
  const cases = [
    [npm("backup", [], first), /^Name the workspace with --workspace <slug>/],
    [npm("backup", ["--workspace", "nowhere"], first), /^No workspace has the slug "nowhere"\.$/],
    [npm("restore", [], first), /^Name one backup file/],
    [npm("restore", [path.join(folder, "missing.json")], first), /^Cannot read .*missing\.json: ENOENT\.$/],
    [npm("restore", [broken], first), /^The file is not valid JSON/],
    [npm("restore", [twice], first), new RegExp(`^The backup lists article ${article?.id} twice; `)],
  ] as const;
  for (const [result, message] of cases) {
    expect(result.status).toBe(1);
    expect(result.stderr.split("\n").at(-1)).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }
});
