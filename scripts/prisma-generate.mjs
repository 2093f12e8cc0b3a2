// Generates the Prisma client (lib/generated/prisma) after every install.
// `prisma generate` does not run the schema engine, but the CLI insists on
// downloading one first; on machines without access to Prisma's binary host
// that download fails. Pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing
// executable skips it. Migrations never use the native engine: see scripts/db.ts.
import { spawnSync } from "node:child_process";

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
