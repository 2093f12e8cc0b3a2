import { type EnvSource, readEnv } from "@/lib/env";

/** Limits of an import, from the environment (see the README's configuration table). */
export type IntakeSettings = {
  maxBytes: number;
  fetchTimeoutMs: number;
  /** `host` or `host:port` entries allowed to resolve to private addresses (tests). */
  fetchAllowHosts: string[];
};

/** The intake settings of this process (or of `source`). */
export function readIntakeSettings(source?: EnvSource): IntakeSettings {
  const env = readEnv(source);
  return {
    maxBytes: Math.round(env.FACTDESK_IMPORT_MAX_MB * 1024 * 1024),
    fetchTimeoutMs: Math.round(env.FACTDESK_FETCH_TIMEOUT_SECONDS * 1000),
    fetchAllowHosts: env.FACTDESK_FETCH_ALLOW_HOSTS,
  };
}
