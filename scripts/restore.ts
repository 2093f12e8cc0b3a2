/**
 * `npm run restore -- backup.json`
 * Restores a workspace from a file written by `npm run backup`, in one transaction: all of it or
 * nothing. The file is validated first. Refused (exit 1, nothing written) when the database
 * already has the workspace, or an account with one of the backup's emails that is not the
 * backup's own account (a different id); accounts with the same id and email are linked and keep
 * their password. Users restored from a backup without password hashes cannot sign in until they
 * are given a password.
 * The database is DATABASE_URL, else the embedded one in FACTDESK_DATA_DIR (default .data); run
 * `npm run db:migrate` on a new database first.
 */
import fs from "node:fs/promises";
import { BackupError } from "@/lib/backup/backup-error";
import { parseBackup } from "@/lib/backup/parse-backup";
import { restoreBackup } from "@/lib/backup/restore-backup";
import { disconnectPrisma, getPrisma } from "@/lib/db";
import { exitWithOneLine } from "./lib/exit";

const USAGE = "Usage: npm run restore -- <backup.json>";

/** `npm run backup > file` (without -s) puts npm's banner ("> factdesk@… backup", "> tsx …") before the JSON. */
function skipNpmBanner(text: string): string {
  const banner = /^(?:\s*\n|> [^\n]*\n)*/.exec(text)?.[0] ?? "";
  return text.slice(banner.length);
}

async function main(argv: string[]): Promise<number> {
  const [file, ...extra] = argv;
  if (!file || extra.length > 0 || file.startsWith("--")) return fail(`Name one backup file. ${USAGE}`);
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    return fail(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
  try {
    const backup = parseBackup(skipNpmBanner(text));
    const result = await restoreBackup({ prisma: getPrisma(), backup });
    const { users } = result;
    console.log(
      `Restored ${result.workspace.name} (${result.workspace.slug}): ${users.created} users created` +
        `${users.linked ? `, ${users.linked} existing accounts linked` : ""}, ${result.articles} articles, ` +
        `${result.claims} claims, ${result.sources} sources, ${result.auditEvents} audit events.`,
    );
    if (users.withoutPassword > 0) {
      console.log(
        `${users.withoutPassword} restored ${users.withoutPassword === 1 ? "user has" : "users have"} no password ` +
          "(the backup was made without --with-password-hashes) and cannot sign in until given one.",
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof BackupError) return fail(error.message);
    if ((error as { code?: string }).code === "P2021")
      return fail("This database has no Factdesk tables yet: run `npm run db:migrate` first.");
    throw error;
  } finally {
    await disconnectPrisma(); // releases the embedded database so the process can exit
  }
}

function fail(message: string): number {
  console.error(message);
  return 1;
}

main(process.argv.slice(2)).then((code) => process.exit(code), exitWithOneLine);
