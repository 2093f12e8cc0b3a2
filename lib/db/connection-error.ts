import type { EnvSource } from "../env";
import { DatabaseConnectionError, findConnectionFailure } from "./migrate/errors";
import { resolveDatabaseTarget } from "./target";

/**
 * One line naming DATABASE_URL, the host and what went wrong, for errors
 * that mean the configured PostgreSQL server cannot be used; null otherwise.
 */
export function describeConnectionError(error: unknown, env: EnvSource = process.env): string | null {
  if (error instanceof DatabaseConnectionError) {
    return `Cannot use the database in DATABASE_URL (${error.host}:${error.port}): ${error.reason}.`;
  }
  const reason = findConnectionFailure(error);
  if (!reason) return null;
  return `Cannot use the database in DATABASE_URL (${describeServer(env)}): ${reason}.`;
}

function describeServer(env: EnvSource): string {
  try {
    const target = resolveDatabaseTarget(env);
    if (target.kind === "postgres")
      return `${target.config.host}:${target.config.port}/${target.config.database}`;
  } catch {
    // The URL itself is malformed; that has its own message elsewhere.
  }
  return "the server";
}
