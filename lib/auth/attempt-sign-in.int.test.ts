// Protects: password guessing stops after a few tries per account and per address, for every app instance at once.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db";
import { setupAppDatabase } from "@/lib/testing/app-database";
import { attemptSignIn } from "./attempt-sign-in";
import { hashPassword } from "./password";

const prisma = setupAppDatabase();
const PASSWORD = "correct horse battery";
let passwordHash: string;

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});

async function createAccount(): Promise<string> {
  const email = `guess-${randomUUID()}@limits.example`;
  await prisma().user.create({ data: { email, name: "Target", passwordHash } });
  return email;
}

const attempt = (email: string, password: string, address: string | null = null, client = prisma()) =>
  attemptSignIn({ prisma: client, email, password, address });

describe("attemptSignIn", () => {
  it("refuses an account after 5 failures, even with the right password, saying how long to wait", async () => {
    const email = await createAccount();
    for (let i = 0; i < 5; i++) expect(await attempt(email, "wrong guess")).toBeNull();
    await expect(attempt(email, PASSWORD)).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: "Too many sign-in attempts. Try again in 15 minutes.",
    });
  });

  it("clears the account's count on a successful sign-in", async () => {
    const email = await createAccount();
    for (let i = 0; i < 4; i++) await attempt(email, "wrong guess");
    expect(await attempt(email, PASSWORD)).not.toBeNull();
    for (let i = 0; i < 4; i++) expect(await attempt(email, "wrong guess")).toBeNull();
    expect(await attempt(email, PASSWORD)).not.toBeNull();
  });

  it("limits one address guessing across many accounts", async () => {
    const address = `203.0.113.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 30; i++) await attempt(`nobody-${i}-${randomUUID()}@limits.example`, "x", address);
    const email = await createAccount();
    await expect(attempt(email, PASSWORD, address)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await attempt(email, PASSWORD, "198.51.100.7")).not.toBeNull();
  });

  it("counts an unknown email like a real one, so limits do not reveal which accounts exist", async () => {
    const email = `ghost-${randomUUID()}@limits.example`;
    for (let i = 0; i < 5; i++) expect(await attempt(email, "guess")).toBeNull();
    await expect(attempt(email, "guess")).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("keeps its counters in the database, not in the instance that counted them", async () => {
    // A client of its own gets limiter objects of its own (they are cached per client), as another app instance would.
    const otherInstance = prisma().$extends({}) as unknown as PrismaClient;
    const email = await createAccount();
    for (let i = 0; i < 5; i++) await attempt(email, "wrong guess");
    await expect(attempt(email, PASSWORD, null, otherInstance)).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    const rows = await prisma().rateLimit.findMany({ where: { key: { contains: email } } });
    expect(rows).toHaveLength(1);
  });
});
