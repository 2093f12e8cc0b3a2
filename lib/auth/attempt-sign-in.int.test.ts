// Protects: password guessing stops after a few tries per account and per address, for every app instance at once.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db";
import { setupAppDatabase } from "@/lib/testing/app-database";
import { attemptSignIn, clientAddress } from "./attempt-sign-in";
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

  describe("the per-address limit, behind a trusted proxy or not", () => {
    // What authorize() in options.ts does with a request's headers and FACTDESK_TRUSTED_PROXY_HOPS.
    const fromRequest = (email: string, password: string, forwardedFor: string, trustedProxyHops: number) =>
      attempt(
        email,
        password,
        clientAddress({ headers: { "x-forwarded-for": forwardedFor }, trustedProxyHops }),
      );

    it("without a trusted proxy, failures under one X-Forwarded-For never lock out another account", async () => {
      // Next fills X-Forwarded-For with the socket's address: everyone on one network (or one
      // attacker sending the header) would otherwise share a counter.
      const shared = `192.0.2.${Math.floor(Math.random() * 250)}`;
      for (let i = 0; i < 35; i++) {
        expect(await fromRequest(`nobody-${i}-${randomUUID()}@limits.example`, "x", shared, 0)).toBeNull();
      }
      const email = await createAccount();
      expect(await fromRequest(email, PASSWORD, shared, 0)).not.toBeNull();
      const rows = await prisma().rateLimit.count({ where: { key: { contains: shared } } });
      expect(rows).toBe(0);
    });

    it("with one trusted proxy, limits the address that proxy reports, not the ones the client claims", async () => {
      const client = `198.51.100.${Math.floor(Math.random() * 250)}`;
      // Each request claims a different address in front; the proxy appends the real one.
      for (let i = 0; i < 30; i++) {
        await fromRequest(`nobody-${i}-${randomUUID()}@limits.example`, "x", `10.9.${i}.1, ${client}`, 1);
      }
      const email = await createAccount();
      await expect(fromRequest(email, PASSWORD, `10.0.0.1, ${client}`, 1)).rejects.toMatchObject({
        code: "RATE_LIMITED",
      });
      // Another client behind the same proxy still signs in, even claiming the limited address.
      expect(await fromRequest(email, PASSWORD, `${client}, 203.0.113.77`, 1)).not.toBeNull();
    });
  });
});
