// Protects: an operator can bootstrap a real deployment's first accounts from the shell, with a password
// that never appears in the process list, that follows the policy, and that then signs the user in.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { createPrismaClient, type PrismaClient } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";

const root = path.resolve(import.meta.dirname, "..");
const PASSWORD = "slow-and-careful-checking";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.dispose());

function userCreate(args: string[], stdin = "") {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/user-create.ts", ...args], {
    cwd: root,
    encoding: "utf8",
    input: stdin,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "test", ...db.env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}

/**
 * A client opened only for the callback: the script under test needs the embedded
 * database's folder to itself, so nothing in this process may keep it open.
 */
async function withPrisma<T>(callback: (prisma: PrismaClient) => Promise<T>): Promise<T> {
  const { prisma, embedded } = createPrismaClient(db.target);
  try {
    return await callback(prisma);
  } finally {
    await prisma.$disconnect();
    await embedded?.close();
  }
}

function expectOneLine(stderr: string, pattern: RegExp) {
  expect(stderr).toMatch(pattern);
  expect(stderr.split("\n")).toHaveLength(1);
}

describe("npm run user:create", () => {
  it("creates a workspace and its owner, who can then sign in", async () => {
    const args = ["--email", "Ines@Newsroom.example", "--workspace", "city-desk", "--role", "owner"];
    const result = userCreate([...args, "--workspace-name", "City Desk"], `${PASSWORD}\n`);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Created workspace city-desk (City Desk).");
    expect(result.stdout).toContain("Created ines@newsroom.example (ines) as owner of city-desk");

    await withPrisma(async (prisma) => {
      const user = await verifyCredentials({ prisma, email: "ines@newsroom.example", password: PASSWORD });
      expect(user).toMatchObject({ email: "ines@newsroom.example", name: "ines" });
      const membership = await prisma.membership.findFirst({
        where: { user: { email: "ines@newsroom.example" }, workspace: { slug: "city-desk" } },
        select: { role: true, workspace: { select: { name: true } } },
      });
      expect(membership).toEqual({ role: "OWNER", workspace: { name: "City Desk" } });
      const audit = await prisma.auditEvent.findMany({ select: { action: true }, orderBy: { id: "asc" } });
      expect(audit.map((event) => event.action)).toEqual(["workspace.created", "member.joined"]);
    });
  });

  it("adds an existing user to a second workspace without touching their password", async () => {
    const result = userCreate(
      ["--email", "ines@newsroom.example", "--workspace", "night-desk", "--role", "viewer"],
      "a-different-passphrase-entirely\n",
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Added ines@newsroom.example to night-desk (night-desk) as viewer.");

    await withPrisma(async (prisma) => {
      const memberships = await prisma.membership.findMany({
        where: { user: { email: "ines@newsroom.example" } },
        select: { role: true, workspace: { select: { slug: true } } },
        orderBy: { workspace: { slug: "asc" } },
      });
      expect(memberships).toEqual([
        { role: "OWNER", workspace: { slug: "city-desk" } },
        { role: "VIEWER", workspace: { slug: "night-desk" } },
      ]);
      expect(await prisma.user.count()).toBe(1);
      const user = await verifyCredentials({ prisma, email: "ines@newsroom.example", password: PASSWORD });
      expect(user).not.toBeNull();
    });
  });

  it("refuses a common password and creates nothing", async () => {
    const args = ["--email", "weak@newsroom.example", "--workspace", "city-desk", "--role", "editor"];
    const result = userCreate(args, "password123\n");
    expect(result.status).toBe(1);
    expectOneLine(result.stderr, /^Password refused: .*most common/);
    expect(
      await withPrisma((prisma) => prisma.user.count({ where: { email: "weak@newsroom.example" } })),
    ).toBe(0);
  });

  it("refuses --password, saying why, and does not echo it", () => {
    const args = ["--email", "flag@newsroom.example", "--workspace", "city-desk", "--role", "editor"];
    for (const flag of [["--password", "hunter2-hunter2"], ["--password=hunter2-hunter2"]]) {
      const result = userCreate([...args, ...flag], `${PASSWORD}\n`);
      expect(result.status).toBe(1);
      expectOneLine(result.stderr, /^--password is refused: .*visible to other users.*standard input/);
      expect(result.stderr + result.stdout).not.toContain("hunter2");
    }
  });

  it("reports a bad workspace slug in one line", () => {
    const result = userCreate(
      ["--email", "slug@newsroom.example", "--workspace", "City_Desk", "--role", "editor"],
      `${PASSWORD}\n`,
    );
    expect(result.status).toBe(1);
    expectOneLine(result.stderr, /^--workspace: Use 2 to 49 lowercase letters, digits or dashes/);
  });

  it("asks for a password when a new account gets none", () => {
    const args = ["--email", "nopass@newsroom.example", "--workspace", "city-desk", "--role", "editor"];
    const result = userCreate(args, "");
    expect(result.status).toBe(1);
    expectOneLine(result.stderr, /^No password on standard input/);
  });
});
