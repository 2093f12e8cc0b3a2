/**
 * `npm run import -- --workspace <slug> [--as <email>] <files or folders…>`
 * Imports files (.txt, .md, .html, .docx, wire copy) into a workspace without
 * review, as the bulk import in the browser does: each file becomes a new
 * article, the next version of the article it updates (same address, or the
 * same wire headline), or nothing when its text is already there. A folder
 * imports the files directly in it. One bad file never stops the others; the
 * command exits 1 when any failed. The actor is --as (an editor or owner of
 * the workspace), else the workspace's first owner.
 * The database is DATABASE_URL, else the embedded one in FACTDESK_DATA_DIR (default .data).
 */
import fs from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { importFile } from "@/lib/articles/import-file";
import { disconnectPrisma, getPrisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formatBytes } from "@/lib/intake/intake-error";
import { readIntakeSettings } from "@/lib/intake/settings";
import { exitWithOneLine } from "./lib/exit";
import { findImportActor, ImportSetupError } from "./lib/import-actor";

const USAGE = "Usage: npm run import -- --workspace <slug> [--as <email>] <files or folders…>";

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message.split(". ")[0] : error}.\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (!values.workspace || positionals.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const settings = readIntakeSettings();
  const prisma = getPrisma();
  try {
    const { workspace, actor } = await findImportActor({ prisma, slug: values.workspace, email: values.as });
    const files = await listFiles(positionals);
    console.log(`Importing ${files.length} file(s) into ${workspace.name} as ${actor.name}…`);
    const tally = { imported: 0, unchanged: 0, failed: 0 };
    for (const file of files) {
      const line = await importOne(file, { prisma, workspaceId: workspace.id, actorId: actor.id, settings });
      tally[line.kind]++;
      console.log(line.text);
    }
    console.log(`${tally.imported} imported, ${tally.unchanged} already there, ${tally.failed} failed.`);
    return tally.failed > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof ImportSetupError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await disconnectPrisma(); // releases the embedded database so the process can exit
  }
}

function parseCommandLine(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: { workspace: { type: "string" }, as: { type: "string" } },
  });
}

type Line = { kind: "imported" | "unchanged" | "failed"; text: string };

async function importOne(
  file: string,
  context: {
    prisma: ReturnType<typeof getPrisma>;
    workspaceId: string;
    actorId: string;
    settings: ReturnType<typeof readIntakeSettings>;
  },
): Promise<Line> {
  const name = path.basename(file);
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.size > context.settings.maxBytes) {
      const reason = `the file is ${formatBytes(stat.size)}; the limit is ${formatBytes(context.settings.maxBytes)}.`;
      return { kind: "failed", text: `✗ ${name}: ${reason}` };
    }
    bytes = await fs.readFile(file);
  } catch (error) {
    return {
      kind: "failed",
      text: `✗ ${name}: cannot be read (${(error as NodeJS.ErrnoException).code ?? error}).`,
    };
  }
  try {
    const result = await importFile({ ...context, name, bytes: new Uint8Array(bytes) });
    const title = `“${result.title}”`;
    if (result.outcome === "created") return { kind: "imported", text: `✓ ${name}: new article ${title}` };
    if (result.outcome === "versionAdded") {
      const orphaned = result.claims?.orphaned ? ` (${result.claims.orphaned} claim(s) to re-attach)` : "";
      return { kind: "imported", text: `✓ ${name}: version ${result.versionNumber} of ${title}${orphaned}` };
    }
    return {
      kind: "unchanged",
      text: `= ${name}: already imported as version ${result.versionNumber} of ${title}`,
    };
  } catch (error) {
    if (error instanceof AppError) return { kind: "failed", text: `✗ ${error.message}` };
    throw error;
  }
}

/** The files named, with each folder replaced by the files directly in it (sorted, hidden ones skipped). */
async function listFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const entry of paths) {
    const stat = await fs.stat(entry).catch(() => null);
    if (!stat?.isDirectory()) {
      files.push(entry);
      continue;
    }
    const names = (await fs.readdir(entry, { withFileTypes: true }))
      .filter((dirent) => dirent.isFile() && !dirent.name.startsWith("."))
      .map((dirent) => path.join(entry, dirent.name))
      .sort();
    files.push(...names);
  }
  return files;
}

main(process.argv.slice(2)).then((code) => process.exit(code), exitWithOneLine);
