// Protects: only the right password signs an editor in, and a stranger cannot tell which emails have accounts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { hashPassword } from "./password";
import { verifyCredentials } from "./verify-credentials";

let db: TestDatabase;
let prisma: PrismaClient;
beforeAll(async () => {
  db = await createTestDatabase();
  prisma = await db.getPrisma();
  await prisma.user.create({
    data: {
      email: "checker@newsroom.example",
      name: "Checker",
      passwordHash: await hashPassword("a-long-passphrase"),
    },
  });
});
afterAll(() => db.dispose());

describe("verifyCredentials", () => {
  it("accepts the right password, whatever the email's case and spacing", async () => {
    const user = await verifyCredentials({
      prisma,
      email: "  Checker@Newsroom.example ",
      password: "a-long-passphrase",
    });
    expect(user).toMatchObject({ email: "checker@newsroom.example", name: "Checker", sessionVersion: 0 });
  });

  it("answers a wrong password and an unknown email the same way", async () => {
    expect(
      await verifyCredentials({ prisma, email: "checker@newsroom.example", password: "wrong" }),
    ).toBeNull();
    expect(
      await verifyCredentials({ prisma, email: "nobody@newsroom.example", password: "wrong" }),
    ).toBeNull();
  });

  it.each([
    { email: "", password: "x" },
    { email: "not-an-email", password: "x" },
    { email: "checker@newsroom.example", password: "" },
    { email: "checker@newsroom.example", password: "x".repeat(513) },
    { email: ["checker@newsroom.example"], password: "a-long-passphrase" },
  ])("refuses malformed input %#", async (input) => {
    expect(await verifyCredentials({ prisma, ...input })).toBeNull();
  });
});
