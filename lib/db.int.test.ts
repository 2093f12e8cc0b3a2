// Protects: Factdesk uses the database the environment names, PostgreSQL or embedded, never silently the other.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "./db";
import { resolveDatabaseTarget } from "./db/target";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe("createPrismaClient", () => {
  it("opens the embedded database in FACTDESK_DATA_DIR when DATABASE_URL is unset", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-client-"));
    const connection = createPrismaClient(resolveDatabaseTarget({ FACTDESK_DATA_DIR: dataDir }));
    cleanups.push(async () => {
      await connection.prisma.$disconnect();
      await connection.embedded?.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });
    const [row] = await connection.prisma.$queryRaw<Array<{ version: string }>>`SELECT version()`;
    expect(row?.version).toMatch(/^PostgreSQL/);
    expect(fs.readFileSync(path.join(dataDir, "factdesk.lock"), "utf8")).toBe(String(process.pid));
    expect(fs.existsSync(path.join(dataDir, "pgdata/PG_VERSION"))).toBe(true);
  });

  it("talks to the PostgreSQL server in DATABASE_URL when it is set", async () => {
    // Port 1 refuses connections: the refusal proves the client went to the server, not to an embedded database.
    const connection = createPrismaClient(
      resolveDatabaseTarget({ DATABASE_URL: "postgresql://postgres@127.0.0.1:1/factdesk" }),
    );
    cleanups.push(() => connection.prisma.$disconnect());
    expect(connection.embedded).toBeUndefined();
    await expect(connection.prisma.$queryRaw`SELECT 1`).rejects.toThrow();
  });

  it("refuses a second open of the same embedded folder with a clear message", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-client-"));
    const first = createPrismaClient({ kind: "embedded", dataDir });
    cleanups.push(async () => {
      await first.prisma.$disconnect();
      await first.embedded?.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });
    expect(() => createPrismaClient({ kind: "embedded", dataDir })).toThrow(/already open in this process/);
  });
});
