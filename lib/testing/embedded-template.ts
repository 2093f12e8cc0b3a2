import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { applyMigrations } from "../db/migrate";
import { DEFAULT_MIGRATIONS_DIR } from "../db/migrate/migrations-folder";

// A fresh PGlite folder costs ~4 s (it runs initdb in WebAssembly); copying a
// closed, already migrated one costs ~0.2 s. So the first embedded test
// database builds a template per migrations folder (keyed by its contents
// and PGlite's version) in the OS temp folder, and later ones copy it.

const TEMPLATES_DIR = path.join(os.tmpdir(), "factdesk-test-templates");
const APPLIED_FILE = "applied.json";

/** Changes whenever a migration or the PGlite version (its on-disk format) changes. */
async function getTemplateKey(migrationsDir: string): Promise<string> {
  const hash = createHash("sha256");
  // Its package.json is not in the package's exports, so it is read from node_modules directly.
  const pglitePackage = path.join(process.cwd(), "node_modules/@electric-sql/pglite/package.json");
  hash.update(await fs.readFile(pglitePackage, "utf8").catch(() => "unknown pglite"));
  const entries = await fs.readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  for (const name of entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()) {
    hash.update(name);
    hash.update(
      await fs.readFile(path.join(migrationsDir, name, "migration.sql")).catch(() => Buffer.alloc(0)),
    );
  }
  return hash.digest("hex").slice(0, 16);
}

/** Builds the template in a private folder, then renames it into place (first one wins). */
async function buildTemplate(migrationsDir: string, templateDir: string): Promise<void> {
  await fs.mkdir(TEMPLATES_DIR, { recursive: true });
  const building = path.join(TEMPLATES_DIR, `building-${randomBytes(6).toString("hex")}`);
  try {
    const applied = await applyMigrations({
      database: { kind: "embedded", dataDir: building },
      migrationsDir,
    });
    await fs.writeFile(path.join(building, APPLIED_FILE), JSON.stringify(applied));
    await fs.rename(building, templateDir).catch(() => {}); // another worker was faster: keep theirs
  } finally {
    await fs.rm(building, { recursive: true, force: true });
  }
  await removeOtherTemplates(templateDir);
}

/** Templates of older migrations are dead weight (~40 MB each). */
async function removeOtherTemplates(keep: string): Promise<void> {
  const entries = await fs.readdir(TEMPLATES_DIR).catch(() => []);
  for (const entry of entries) {
    const full = path.join(TEMPLATES_DIR, entry);
    if (full !== keep && !entry.startsWith("building-")) await fs.rm(full, { recursive: true, force: true });
  }
}

/**
 * Fills the empty folder `dataDir` with an embedded database on which every
 * migration of `migrationsDir` is applied, and returns the names applied.
 */
export async function copyMigratedTemplate(
  dataDir: string,
  migrationsDir: string = DEFAULT_MIGRATIONS_DIR,
): Promise<string[]> {
  const templateDir = path.join(TEMPLATES_DIR, await getTemplateKey(migrationsDir));
  const appliedFile = path.join(templateDir, APPLIED_FILE);
  const ready = await fs.stat(appliedFile).then(
    () => true,
    () => false,
  );
  if (!ready) await buildTemplate(migrationsDir, templateDir);
  await fs.cp(path.join(templateDir, "pgdata"), path.join(dataDir, "pgdata"), { recursive: true });
  return JSON.parse(await fs.readFile(appliedFile, "utf8"));
}
