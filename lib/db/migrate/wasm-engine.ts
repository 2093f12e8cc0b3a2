import fs from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type ErrorRegistry,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";

// Prisma's CLI drives a native schema engine that it downloads on first use;
// these machines cannot reach its binary host, so migrations run the same
// engine compiled to WebAssembly (@prisma/schema-engine-wasm) instead.

export type SchemaEngine = bindings.SchemaEngine;

let loading: Promise<void> | undefined;

/**
 * Instantiates the engine's WebAssembly module, once per process.
 * The package's own entry does `import * as wasm from "./schema_engine_bg.wasm"`,
 * which Node 20 cannot load (WebAssembly ES modules are not enabled), so the
 * bytes are instantiated by hand against the package's JS glue: the glue is
 * the module's only import ("./schema_engine_bg.js"), and `__wbg_set_wasm` +
 * `__wbindgen_start` finish what the entry file would have done.
 */
export function loadSchemaEngineWasm(): Promise<void> {
  loading ??= instantiate().catch((error: unknown) => {
    loading = undefined; // let a later call retry rather than caching a failure
    throw error;
  });
  return loading;
}

async function instantiate(): Promise<void> {
  // Resolved from the working directory (the repository root for the CLI,
  // tests and the app) because this file may run as CommonJS (tsx) or ESM
  // (vitest), and neither `__filename` nor `import.meta.url` exists in both.
  const require = createRequire(path.join(process.cwd(), "package.json"));
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = await fs.readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
}

/** The engine's log lines; only shown when FACTDESK_MIGRATE_DEBUG is set. */
function logEngine(line: string): void {
  if (process.env.FACTDESK_MIGRATE_DEBUG) console.error(`[schema-engine] ${line}`);
}

/**
 * Starts a schema engine on `factory`, runs `work`, and frees the engine's
 * WebAssembly memory afterwards whatever happens.
 * `schemaFiles` ([path, content] pairs) is only needed by commands that read
 * the Prisma schema; the engine rejects an empty list, so none means undefined.
 */
export async function withSchemaEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schemaFiles: [string, string][] | undefined,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadSchemaEngineWasm();
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  const engine = await bindings.SchemaEngine.new({ datamodels: schemaFiles }, logEngine, bound).catch(
    (error: unknown) => {
      throw findOriginalError(error, bound.errorRegistry);
    },
  );
  try {
    return await work(engine);
  } catch (error) {
    throw findOriginalError(error, bound.errorRegistry);
  } finally {
    engine.free();
  }
}

/**
 * A JavaScript error thrown inside our adapters (say, a shadow database that
 * could not be created) reaches us as "External error id#N"; the original,
 * with its own class and message, waits in the factory's error registry.
 */
function findOriginalError(error: unknown, registry: ErrorRegistry): unknown {
  const id = error instanceof Error ? /External error id#(\d+)/.exec(error.message)?.[1] : undefined;
  const original = id === undefined ? undefined : registry.consumeError(Number(id));
  return original ? original.error : error;
}

/** No externally managed tables or enums: the engine owns the whole schema. */
export const NO_FILTERS = { externalTables: [], externalEnums: [] };
