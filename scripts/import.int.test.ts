// Protects: `npm run import` brings a folder of wire files into a workspace, reporting each file, bad ones included.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareDatabase } from "@/lib/db/prepare";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";

const root = path.resolve(import.meta.dirname, "..");
const sample = fs.readFileSync(path.join(root, "prisma/seed-data/kursk-casualties.txt"), "utf8");
let database: TestDatabase;
let folder: string;

function runImport(args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/import.ts", ...args], {
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

beforeAll(async () => {
  database = await createTestDatabase();
  // Seeded through its own connection, closed again: the command must be able to open the database.
  await prepareDatabase({ target: database.target, seed: true });
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-import-"));
  fs.writeFileSync(path.join(folder, "1-kursk.txt"), sample);
  fs.writeFileSync(
    path.join(folder, "2-kursk-update.txt"),
    sample
      .replace("Updated: 14 Dec. 2025, 16:52", "Updated: 14 Dec. 2025, 18:05")
      .replace("nine lives", "ten lives"),
  );
  fs.writeFileSync(path.join(folder, "3-broken.docx"), "PK\u0003\u0004 not really a zip");
  fs.writeFileSync(
    path.join(folder, "4-brief.md"),
    "# Port strike ends\n\nDockers returned to work on Monday.\n",
  );
  fs.writeFileSync(path.join(folder, ".hidden.txt"), "never imported");
}, 120_000);

afterAll(async () => {
  await database?.dispose();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe("scripts/import.ts", () => {
  it("imports a folder: duplicate skipped, wire update as a new version, bad file named, exit 1", () => {
    const result = runImport(["--workspace", "demo-newsroom", folder]);
    expect(result.stdout.split("\n").filter(Boolean)).toEqual([
      "Importing 4 file(s) into Demo Newsroom as Demo Editor…",
      "= 1-kursk.txt: already imported as version 1 of “North's Kim makes rare acknowledgement of country's military casualties in Kursk region”",
      "✓ 2-kursk-update.txt: version 2 of “North's Kim makes rare acknowledgement of country's military casualties in Kursk region”",
      "✗ 3-broken.docx: the file is damaged or is not a Word (.docx) document.",
      "✓ 4-brief.md: new article “Port strike ends”",
      "2 imported, 1 already there, 1 failed.",
    ]);
    expect(result.status).toBe(1);
  });

  it("names the workspaces when the slug is wrong, and prints usage without files", () => {
    const wrong = runImport(["--workspace", "no-such-desk", folder]);
    expect(wrong).toMatchObject({
      status: 1,
      stderr: 'No workspace has the slug "no-such-desk". Workspaces: demo-newsroom.',
    });
    const usage = runImport(["--workspace", "demo-newsroom"]);
    expect(usage).toMatchObject({ status: 2, stderr: expect.stringMatching(/^Usage: npm run import/) });
    const unknown = runImport(["--bogus"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option '--bogus'/);
  });

  it("stored the update as version 2 with the wire's new time, and the audit entries", async () => {
    const prisma = await database.getPrisma();
    const article = await prisma.article.findFirstOrThrow({
      where: { title: { startsWith: "North's Kim" } },
      include: { versions: { orderBy: { number: "asc" } } },
    });
    expect(article.versions.map((version) => version.origin)).toEqual(["SEED", "WIRE"]);
    expect(article.sourceUpdatedAt?.toISOString()).toBe("2025-12-14T18:05:00.000Z");
    expect(article.versions[1]?.plainText).toContain("the heartrending loss of ten lives");
    const audit = await prisma.auditEvent.findMany({
      where: { action: "article.version_added", entityId: article.id },
    });
    expect(audit).toHaveLength(1);
  });
});
