/**
 * `npm run -s backup -- --workspace <slug> [--with-password-hashes] > backup.json`
 * Writes the whole workspace as one JSON document (lib/backup/format.ts) to standard output,
 * and nothing else there: progress and errors go to standard error. Password hashes are left
 * out unless asked for; share links, API tokens and pending invitations always are.
 * (`-s` keeps npm's own "> factdesk backup" banner out of the file; restore skips it anyway.)
 * The database is DATABASE_URL, else the embedded one in FACTDESK_DATA_DIR (default .data).
 */
import { parseArgs } from "node:util";
import { BackupError } from "@/lib/backup/backup-error";
import { createBackup } from "@/lib/backup/create-backup";
import { disconnectPrisma, getPrisma } from "@/lib/db";
import { exitWithOneLine } from "./lib/exit";

const USAGE = "Usage: npm run -s backup -- --workspace <slug> [--with-password-hashes] > backup.json";

function parseCommandLine(argv: string[]): { slug: string; withPasswordHashes: boolean } | string {
  try {
    const { values } = parseArgs({
      args: argv,
      strict: true,
      options: { workspace: { type: "string" }, "with-password-hashes": { type: "boolean", default: false } },
    });
    if (!values.workspace) return `Name the workspace with --workspace <slug>. ${USAGE}`;
    return { slug: values.workspace, withPasswordHashes: values["with-password-hashes"] === true };
  } catch (error) {
    return `${String((error as Error).message).split(". ")[0]}. ${USAGE}`;
  }
}

/** Resolves once the text is handed to the OS: exiting earlier could cut a piped file short. */
function writeStdout(text: string): Promise<void> {
  return new Promise((resolve, reject) =>
    process.stdout.write(text, (error) => (error ? reject(error) : resolve())),
  );
}

async function main(argv: string[]): Promise<number> {
  const args = parseCommandLine(argv);
  if (typeof args === "string") {
    console.error(args);
    return 1;
  }
  try {
    const backup = await createBackup({ prisma: getPrisma(), ...args });
    await writeStdout(`${JSON.stringify(backup, null, 2)}\n`);
    const claims = backup.articles.reduce((count, article) => count + article.claims.length, 0);
    console.error(
      `Backed up ${backup.workspace.name} (${backup.workspace.slug}): ${backup.users.length} users, ` +
        `${backup.articles.length} articles, ${claims} claims, ${backup.sources.length} sources, ` +
        `${backup.auditEvents.length} audit events; ${args.withPasswordHashes ? "with" : "without"} password hashes.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof BackupError) {
      console.error(error.message);
      return 1;
    }
    if ((error as { code?: string }).code === "P2021") {
      console.error("This database has no Factdesk tables yet: run `npm run db:migrate` first.");
      return 1;
    }
    throw error;
  } finally {
    await disconnectPrisma(); // releases the embedded database so the process can exit
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code), exitWithOneLine);
