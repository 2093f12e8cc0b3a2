import { seedE2E } from "@/e2e/fixtures/seed-e2e";
import { prepareDatabase } from "@/lib/db/prepare";
import { createTestDatabase } from "@/lib/testing/test-database";

export type E2EDatabase = { env: Record<string, string>; dispose: () => Promise<void> };

/**
 * A throwaway database (on the test server, or embedded in a temporary
 * folder), migrated and seeded with the demo data and the browser tests'
 * fixtures before the server starts: the embedded database can be open in
 * one process only, so fixtures cannot be written while the server runs.
 */
export async function prepareE2EDatabase(): Promise<E2EDatabase> {
  const database = await createTestDatabase();
  try {
    await prepareDatabase({ target: database.target, seed: true, afterSeed: seedE2E });
  } catch (error) {
    await database.dispose();
    throw error;
  }
  // The server must not fall back to a developer's DATABASE_URL when testing embedded.
  return { env: { DATABASE_URL: "", ...database.env }, dispose: () => database.dispose() };
}
