import { z } from "zod";

/**
 * The one place that reads process.env. Every setting Factdesk reads is
 * listed here (and in the README), with its default.
 */
const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** A PostgreSQL server; when unset, the embedded database in FACTDESK_DATA_DIR is used. */
  DATABASE_URL: z.string().trim().optional(),
  FACTDESK_DATA_DIR: z.string().trim().default(".data"),
  /** Signs session cookies. next-auth reads NEXTAUTH_SECRET; AUTH_SECRET is accepted too. */
  NEXTAUTH_SECRET: z.string().min(1).optional(),
  AUTH_SECRET: z.string().min(1).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Hours a session lasts before the editor must sign in again. */
  SESSION_MAX_AGE_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  /** Failed sign-ins allowed per account, and per client address, in SIGN_IN_WINDOW_MINUTES. */
  SIGN_IN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(5),
  SIGN_IN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().positive().default(30),
  SIGN_IN_WINDOW_MINUTES: z.coerce.number().positive().default(15),
});

export type Env = z.infer<typeof ZEnv>;

/** Any set of environment variables (process.env, or a test's own). */
export type EnvSource = Readonly<Record<string, string | undefined>>;

/** Reads and validates the environment; throws one readable line per bad setting. */
export function readEnv(source: EnvSource = process.env): Env {
  const result = ZEnv.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

/** The secret that signs sessions, whichever of the two names it was given under. */
export function getAuthSecret(env: Env = readEnv()): string | undefined {
  return env.NEXTAUTH_SECRET ?? env.AUTH_SECRET;
}
