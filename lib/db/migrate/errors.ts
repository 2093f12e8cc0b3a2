import { DriverAdapterError } from "@prisma/driver-adapter-utils";

/**
 * A migration that could not be applied or created. The message names the
 * migration and quotes the database; it is meant to be printed as one line,
 * without a stack trace.
 */
export class MigrationError extends Error {
  override name = "MigrationError";
  /** The migration folder name, e.g. `20990101000000_broken`, when one is involved. */
  readonly migrationName?: string;
  /** The database's own message, when the database refused something. */
  readonly databaseMessage?: string;

  constructor(message: string, details: { migrationName?: string; databaseMessage?: string } = {}) {
    super(message);
    this.migrationName = details.migrationName;
    this.databaseMessage = details.databaseMessage;
  }
}

/** The PostgreSQL server could not be reached or refused the login. */
export class DatabaseConnectionError extends Error {
  override name = "DatabaseConnectionError";
  constructor(
    readonly host: string,
    readonly port: number,
    readonly reason: string,
    cause?: unknown,
  ) {
    // `cause` keeps the driver's error (and its code, e.g. ECONNREFUSED) for
    // callers that classify connection failures themselves.
    super(`Could not connect to PostgreSQL at ${host}:${port}: ${reason}`, { cause });
  }
}

/** What a PostgreSQL error (from node-postgres or PGlite) carries. */
export type PostgresErrorFields = {
  message: string;
  code: string;
  severity?: string;
  detail?: string;
  hint?: string;
  column?: string;
};

/** True for errors raised by the database itself (they carry a 5-character SQLSTATE). */
export function isPostgresError(error: unknown): error is PostgresErrorFields {
  const candidate = error as Partial<PostgresErrorFields> | null;
  return typeof candidate?.code === "string" && /^[0-9A-Z]{5}$/.test(candidate.code);
}

/**
 * Wraps a database error the way driver adapters do, so the schema engine
 * reports the database's message instead of an opaque "external error".
 */
export function toDriverAdapterError(error: PostgresErrorFields): DriverAdapterError {
  return new DriverAdapterError({
    kind: "postgres",
    code: error.code,
    severity: error.severity ?? "ERROR",
    message: error.message,
    detail: error.detail,
    column: error.column,
    hint: error.hint,
  });
}

/** One line quoting the database: message, then detail and hint when present. */
export function formatDatabaseMessage(error: PostgresErrorFields): string {
  const parts = [`${error.message} (SQLSTATE ${error.code})`];
  if (error.detail) parts.push(`Detail: ${error.detail}`);
  if (error.hint) parts.push(`Hint: ${error.hint}`);
  return parts.join(". ").replace(/\s*\n\s*/g, " ");
}

/**
 * The schema engine appends a Rust span trace ("   0: schema_engine_wasm::...")
 * to its messages; users need only the text above it. Line breaks are kept:
 * schema validation errors point at the offending line with a small drawing.
 */
export function cleanEngineMessage(message: string): string {
  const lines = message.split("\n");
  const traceStart = lines.findIndex((line) => /^\s+\d+: \S/.test(line));
  const kept = traceStart === -1 ? lines : lines.slice(0, traceStart);
  return kept
    .map((line) => line.trimEnd())
    .join("\n")
    .trim();
}

const CONNECTION_CODES: Record<string, string> = {
  ECONNREFUSED: "connection refused (is the server running?)",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host name lookup failed",
  ETIMEDOUT: "connection timed out",
  EHOSTUNREACH: "host unreachable",
  ECONNRESET: "connection reset by the server",
  "28P01": "password authentication failed",
  "28000": "the server refused the login (check the user name and pg_hba.conf)",
  "3D000": "the database does not exist",
};

const CONNECTION_KINDS: Record<string, string> = {
  DatabaseNotReachable: "the server cannot be reached",
  AuthenticationFailed: "authentication failed",
  DatabaseDoesNotExist: "the database does not exist",
  DatabaseAccessDenied: "access to the database was denied",
  TlsConnectionError: "the TLS connection failed",
};

/**
 * Looks through an error, its causes and aggregated errors (Node reports
 * both ::1 and 127.0.0.1 refusals for "localhost") for a sign that the
 * database could not be reached or refused the login. Returns a short
 * reason, or null when the error is about something else.
 */
export function findConnectionFailure(error: unknown, depth = 0): string | null {
  if (!error || typeof error !== "object" || depth > 5) return null;
  if (error instanceof DatabaseConnectionError) return error.reason;
  const fields = error as {
    code?: unknown;
    kind?: unknown;
    message?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof fields.code === "string" && CONNECTION_CODES[fields.code])
    return CONNECTION_CODES[fields.code] ?? null;
  if (typeof fields.kind === "string" && CONNECTION_KINDS[fields.kind])
    return CONNECTION_KINDS[fields.kind] ?? null;
  if (typeof fields.message === "string" && /password authentication failed/i.test(fields.message)) {
    return "password authentication failed";
  }
  const nested = [fields.cause, ...(Array.isArray(fields.errors) ? fields.errors : [])];
  for (const inner of nested) {
    const reason = findConnectionFailure(inner, depth + 1);
    if (reason) return reason;
  }
  return null;
}
