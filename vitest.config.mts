import { configDefaults, defineConfig } from "vitest/config";

const root = import.meta.dirname;

// Two projects: `unit` (fast, no database) and `integration` (*.int.test.ts,
// each file on its own throwaway database from lib/testing/test-database.ts:
// real PostgreSQL when TEST_DATABASE_URL or DATABASE_URL is set, else the
// embedded one). Run one with `vitest run --project unit|integration`.
export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.{ts,tsx}"],
          exclude: [...configDefaults.exclude, "**/*.int.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.int.test.ts"],
          exclude: [...configDefaults.exclude, ".data/**", ".next/**"],
          // Creating and migrating a database takes seconds, more on a cold PGlite.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One file at a time: files share the server (or the machine's CPU for PGlite).
          fileParallelism: false,
        },
      },
    ],
  },
});
