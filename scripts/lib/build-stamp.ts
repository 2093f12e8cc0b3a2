import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// What the production build is made of: if none of it changed since the last
// build, `npm start` skips `next build`.
const INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
  "prisma/schema.prisma",
];
const STAMP_FILE = ".next/factdesk-build-stamp";

/** A fingerprint of the build's inputs (paths, sizes and modification times). */
export function computeBuildStamp(root: string): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) walk(path.join(root, input), hash);
  return hash.digest("hex");
}

/** True when a production build exists and was made from the current inputs. */
export function isBuildCurrent(root: string): boolean {
  const stampPath = path.join(root, STAMP_FILE);
  if (!fs.existsSync(path.join(root, ".next/BUILD_ID")) || !fs.existsSync(stampPath)) return false;
  return fs.readFileSync(stampPath, "utf8") === computeBuildStamp(root);
}

export function writeBuildStamp(root: string): void {
  fs.writeFileSync(path.join(root, STAMP_FILE), computeBuildStamp(root));
}

function walk(target: string, hash: ReturnType<typeof createHash>): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    return;
  }
  if (stat.isDirectory()) {
    if (path.basename(target) === "generated") return; // regenerated on every install
    for (const entry of fs.readdirSync(target).sort()) walk(path.join(target, entry), hash);
    return;
  }
  if (/\.test\.tsx?$/.test(target)) return;
  hash.update(`${target}\0${stat.size}\0${stat.mtimeMs}\n`);
}
