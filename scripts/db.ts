/**
 * Factdesk's database commands (the Prisma CLI's migrate commands need a
 * native engine that cannot be downloaded here; see lib/db/migrate):
 *   tsx scripts/db.ts migrate                      apply pending migrations    (npm run db:migrate)
 *   tsx scripts/db.ts status                       applied / pending; exits 1 unless up to date
 *   tsx scripts/db.ts create <name>                new migration from schema changes
 *   tsx scripts/db.ts seed                         demo workspace and data      (npm run db:seed)
 *   tsx scripts/db.ts resolve --rolled-back <name> after undoing a failed migration by hand
 * The database is DATABASE_URL, else the embedded one in FACTDESK_DATA_DIR (default .data).
 */
import path from "node:path";
import {
  applyMigrations,
  createMigration,
  type MigrationStatus,
  markMigrationRolledBack,
  migrationStatus,
} from "@/lib/db/migrate";
import { type DatabaseTarget, resolveDatabaseTarget } from "@/lib/db/target";
import { exitWithOneLine } from "./lib/exit";

const USAGE =
  "Usage: tsx scripts/db.ts migrate | status | create <name> | seed | resolve --rolled-back <name>";

function describeTarget(target: DatabaseTarget): string {
  if (target.kind === "embedded") return `the embedded database in ${target.dataDir}`;
  const { host, port, database } = target.config;
  return `PostgreSQL at ${host}:${port}/${database} (DATABASE_URL)`;
}

async function migrate(target: DatabaseTarget): Promise<number> {
  const started = performance.now();
  const applied = await applyMigrations({ database: target });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (applied.length === 0) console.log(`${describeTarget(target)} is up to date.`);
  else console.log(`Applied to ${describeTarget(target)} in ${seconds} s:\n  ${applied.join("\n  ")}`);
  return 0;
}

function printStatus(status: MigrationStatus): void {
  for (const name of status.local) {
    const state = status.failed.includes(name)
      ? "failed"
      : status.pending.includes(name)
        ? "pending"
        : status.applied.includes(name)
          ? "applied"
          : "not applied";
    const edited = status.edited.includes(name) ? " (edited since it was applied)" : "";
    console.log(`  ${state.padEnd(11)} ${name}${edited}`);
  }
  for (const name of status.missingLocally)
    console.log(`  ${"applied".padEnd(11)} ${name} (no such folder here)`);
  if (status.local.length === 0 && status.missingLocally.length === 0) console.log("  no migrations");
}

async function status(target: DatabaseTarget): Promise<number> {
  const result = await migrationStatus({ database: target });
  console.log(`Migrations of ${describeTarget(target)}:`);
  printStatus(result);
  if (result.upToDate) {
    console.log("Up to date.");
    return 0;
  }
  if (result.diverged) console.log("The database's history differs from prisma/migrations.");
  if (result.pending.length > 0) console.log("Run `npm run db:migrate` to apply the pending migrations.");
  return 1;
}

async function create(target: DatabaseTarget, name: string | undefined): Promise<number> {
  if (!name) return fail(`Name the migration: npm run db:migrate:create -- <name>\n${USAGE}`);
  const result = await createMigration({ database: target, name });
  if (!result.created) {
    console.log("No changes: prisma/schema.prisma matches prisma/migrations. Nothing written.");
    return 0;
  }
  console.log(
    `Created ${path.relative(process.cwd(), result.file)}\nReview it, then run \`npm run db:migrate\` to apply it.`,
  );
  return 0;
}

async function seed(): Promise<number> {
  // Loaded only here: the seed pulls in the app's modules and its Prisma client.
  const { runSeed } = await import("../prisma/seed");
  const { disconnectPrisma } = await import("@/lib/db");
  try {
    const result = await runSeed();
    console.log(result.created ? "Seeded the demo workspace." : "The demo workspace was already there.");
  } finally {
    await disconnectPrisma(); // releases the embedded database so the process can exit
  }
  return 0;
}

async function resolve(target: DatabaseTarget, args: string[]): Promise<number> {
  const name = args[1];
  if (args[0] !== "--rolled-back" || !name) return fail(USAGE);
  await markMigrationRolledBack({ database: target, name });
  console.log(`Marked ${name} as rolled back; \`npm run db:migrate\` will apply it again.`);
  return 0;
}

function fail(message: string): number {
  console.error(message);
  return 1;
}

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === "seed") return seed();
  const runners: Record<string, (target: DatabaseTarget) => Promise<number>> = {
    migrate,
    status,
    create: (target) => create(target, rest[0]),
    resolve: (target) => resolve(target, rest),
  };
  const run = command ? runners[command] : undefined;
  if (!run) return fail(USAGE);
  return run(resolveDatabaseTarget(process.env));
}

main(process.argv.slice(2)).then((code) => process.exit(code), exitWithOneLine);
