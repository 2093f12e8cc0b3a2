/**
 * What the server process must do before it exits (stop the job queue, close the database). The
 * hooks live on globalThis: instrumentation.ts registers them from Next's server bundle, and the
 * production server (scripts/server.ts) runs them from its own copy of this module.
 */
type ShutdownHook = () => Promise<void>;

const globalForShutdown = globalThis as typeof globalThis & { __factdeskShutdownHooks?: ShutdownHook[] };

/** Adds a hook; hooks run in reverse order of registration (the last opened closes first). */
export function onShutdown(hook: ShutdownHook): void {
  globalForShutdown.__factdeskShutdownHooks ??= [];
  globalForShutdown.__factdeskShutdownHooks.push(hook);
}

/** Runs every hook once, one after the other; returns how many ran. */
export async function runShutdownHooks(): Promise<number> {
  const hooks = globalForShutdown.__factdeskShutdownHooks ?? [];
  globalForShutdown.__factdeskShutdownHooks = [];
  for (const hook of hooks.reverse()) await hook();
  return hooks.length;
}
