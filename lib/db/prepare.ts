import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { runSeed } from "@/prisma/seed";
import { PrismaClient } from "../generated/prisma/client";
import { openEmbeddedDatabase } from "./embedded";
import { applyMigrations } from "./migrate";
import type { DatabaseTarget } from "./target";

export type PrepareDatabaseOptions = {
  target: DatabaseTarget;
  /** Also create the demo newsroom, demo editor and sample article (idempotent). */
  seed: boolean;
  /** Runs after the seed, with the same client (browser tests add their fixtures here). */
  afterSeed?: (prisma: PrismaClient) => Promise<void>;
};

/**
 * Brings a database up to date before the app serves it: applies pending
 * migrations and, on request, seeds the demo data. Opens and closes its own
 * connection, so the embedded database is free again for the server.
 */
export async function prepareDatabase(
  options: PrepareDatabaseOptions,
): Promise<{ applied: string[]; seeded: boolean }> {
  const { target } = options;
  if (target.kind === "postgres") {
    const applied = await applyMigrations({ database: target });
    if (options.seed) await withClient(new PrismaClient({ adapter: new PrismaPg(target.config) }), options);
    return { applied, seeded: options.seed };
  }
  const embedded = await openEmbeddedDatabase(target.dataDir);
  try {
    const applied = await applyMigrations({ database: { kind: "pglite", pglite: embedded.pglite } });
    if (options.seed)
      await withClient(new PrismaClient({ adapter: new PrismaPGlite(embedded.pglite) }), options);
    return { applied, seeded: options.seed };
  } finally {
    await embedded.close();
  }
}

async function withClient(prisma: PrismaClient, options: PrepareDatabaseOptions): Promise<void> {
  try {
    await runSeed({ prisma });
    await options.afterSeed?.(prisma);
  } finally {
    await prisma.$disconnect();
  }
}
