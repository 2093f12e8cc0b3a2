/** `npm run bench [name]`: runs the benchmarks in bench/ (all, or the one named); each prints its figures. */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const dir = import.meta.dirname;
const wanted = process.argv[2];
const benches = fs
  .readdirSync(dir)
  .filter((file) => file.endsWith(".ts") && file !== "run.ts")
  .filter((file) => !wanted || file === `${wanted}.ts`);
let failed = false;
for (const file of benches) {
  console.log(`\n== ${file}`);
  failed ||= spawnSync("npx", ["tsx", path.join(dir, file)], { stdio: "inherit" }).status !== 0;
}
process.exit(failed ? 1 : 0);
