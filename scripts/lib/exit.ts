import { MissingSecretError } from "@/lib/auth/secret";
import { describeConnectionError } from "@/lib/db/connection-error";
import { DatabaseConfigError } from "@/lib/db/target";

/**
 * Ends a command-line script with one readable line instead of a stack trace
 * for the failures a user can fix (configuration, connection, migration);
 * anything else is a bug and keeps its stack.
 */
export function exitWithOneLine(error: unknown): never {
  if (typeof error === "string") {
    console.error(error);
  } else if (error instanceof DatabaseConfigError || error instanceof MissingSecretError) {
    console.error(error.message);
  } else {
    const connection = describeConnectionError(error);
    if (connection) console.error(connection);
    else if (error instanceof Error && error.name === "MigrationError") console.error(error.message);
    else console.error(error);
  }
  process.exit(1);
}
