// Factdesk's migration tool: Prisma's schema engine (compiled to WebAssembly)
// driven through our own driver adapters, because the Prisma CLI cannot
// download its native engine here. See docs in each file for the why.
export {
  type ApplyMigrationsOptions,
  applyMigrations,
  type MarkMigrationRolledBackOptions,
  markMigrationRolledBack,
} from "./apply";
export type { MigrationDatabase } from "./connection";
export { type CreateMigrationOptions, type CreateMigrationResult, createMigration } from "./create";
export { DatabaseConnectionError, MigrationError } from "./errors";
export { DEFAULT_MIGRATIONS_DIR, DEFAULT_SCHEMA_PATH } from "./migrations-folder";
export type { MigrationCommandOptions } from "./open";
export { type MigrationStatus, type MigrationStatusOptions, migrationStatus } from "./status";
