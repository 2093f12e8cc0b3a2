import { afterAll, beforeAll } from "vitest";
import { disconnectPrisma, getPrisma, type PrismaClient } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "./test-database";

/**
 * For integration tests of domain code that calls getPrisma() itself: a
 * throwaway database made the process's database for this test file.
 * Call at the top of the file; use the returned getter inside tests.
 */
export function setupAppDatabase(): () => PrismaClient {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    delete process.env.DATABASE_URL;
    Object.assign(process.env, database.env);
  });
  afterAll(async () => {
    await disconnectPrisma();
    await database?.dispose();
  });
  return () => getPrisma();
}
