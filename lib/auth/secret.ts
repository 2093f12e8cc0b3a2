import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { DatabaseTarget } from "@/lib/db/target";
import type { EnvSource } from "@/lib/env";

export class MissingSecretError extends Error {
  override name = "MissingSecretError";
}

/**
 * The secret that signs session cookies. A real deployment (DATABASE_URL set,
 * or NODE_ENV=production) must provide NEXTAUTH_SECRET or AUTH_SECRET; the
 * embedded demo generates one and keeps it in its data folder, so sessions
 * survive restarts.
 */
export function resolveAuthSecret(target: DatabaseTarget, env: EnvSource = process.env): string {
  const given = env.NEXTAUTH_SECRET || env.AUTH_SECRET;
  if (given) return given;
  if (target.kind === "postgres" || env.NODE_ENV === "production") {
    throw new MissingSecretError(
      "NEXTAUTH_SECRET (or AUTH_SECRET) is not set. Factdesk refuses to start without a secret to sign sessions; " +
        "generate one with `openssl rand -base64 32`.",
    );
  }
  const file = path.join(target.dataDir, "auth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(target.dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
