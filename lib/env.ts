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
  /**
   * How many proxies in front of Factdesk append to X-Forwarded-For (1 for one nginx or load
   * balancer). The client's address is then that many entries from the right, and the per-address
   * sign-in limit applies. 0 (the default): no proxy is trusted, no client-sent header is believed,
   * and only the per-account limit applies. Set it only when Factdesk is reachable through the proxy alone.
   */
  FACTDESK_TRUSTED_PROXY_HOPS: z.coerce
    .number({ error: "Use the number of proxies in front of Factdesk, e.g. 1 (0: none)." })
    .int("Use a whole number of proxies, e.g. 1.")
    .min(0, "Use 0 or more proxies.")
    .max(10, "Use at most 10 proxies.")
    .default(0),
  /**
   * Where invitation e-mails go out, e.g. smtp://user:password@host:587 (STARTTLS when the
   * server offers it) or smtps://…:465. Unset or empty: no e-mail; the link is shown to copy.
   */
  SMTP_URL: z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(z.url({ protocol: /^smtps?$/, error: "Use smtp://user:password@host:587 or smtps://…" }).optional())
    .optional(),
  /** The sender of Factdesk's e-mails. */
  MAIL_FROM: z.string().trim().min(1).default("Factdesk <no-reply@localhost>"),
  /** Largest file, pasted text or fetched page an import accepts, in megabytes. */
  FACTDESK_IMPORT_MAX_MB: z.coerce.number().positive().max(100).default(5),
  /** Seconds a URL import may take to answer, redirects included. */
  FACTDESK_FETCH_TIMEOUT_SECONDS: z.coerce.number().positive().max(120).default(10),
  /**
   * Hosts a URL import may fetch although they resolve to private, loopback or link-local
   * addresses (refused by default against server-side request forgery): comma-separated
   * `host` or `host:port`, e.g. a test server `127.0.0.1:3190`.
   */
  FACTDESK_FETCH_ALLOW_HOSTS: z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((host) => host.trim().toLowerCase())
        .filter(Boolean),
    ),
  /**
   * Where the job queue's workers (claim detection of bulk imports) run: `in-process` in the app
   * server, or `off` there, with `npm run worker` as a process of its own (DATABASE_URL only: the
   * embedded database can be opened by one process, so its jobs always run in the server).
   */
  FACTDESK_WORKERS: z.enum(["in-process", "off"]).default("in-process"),
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
