/**
 * `npm run --silent claims:detect -- <file>`: prints the claim detector's suggestions for a UTF-8 text
 * file as one JSON array on stdout, `[{ kind, start, end, text, normalized, score }]`, and nothing else.
 * Offsets are JavaScript string indices into the file's content exactly as read (a byte-order mark
 * included), so `text === content.slice(start, end)`. Wire copy (a ` date YYYY-MM-DD Title` line and a
 * `Published: …` line) is detected: its header is not searched and its published time is the reference
 * for relative dates; plain text has no reference, so relative dates come out as null.
 * Errors (no file, a folder, not UTF-8) go to stderr with exit code 1.
 */
import fs from "node:fs";
import path from "node:path";
import { detectClaims } from "@/lib/detect/detect";
import { detectOptionsFor } from "@/lib/detect/wire-input";

const USAGE = "Usage: npm run --silent claims:detect -- <file>";

function main(argv: string[]): number {
  const args = argv.filter((arg) => arg !== "--");
  if (args.length !== 1 || !args[0]) {
    console.error(USAGE);
    return 1;
  }
  // npm runs scripts from the project folder; a relative path means the caller's folder.
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), args[0]);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : String(code ?? error);
    console.error(`Cannot read ${args[0]}: ${reason}.`);
    return 1;
  }
  let content: string;
  try {
    content = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    console.error(`${args[0]} is not UTF-8 text; convert it to UTF-8 first.`);
    return 1;
  }
  const detections = detectClaims(content, detectOptionsFor(content)).map(
    ({ kind, start, end, text, normalized, score }) => ({ kind, start, end, text, normalized, score }),
  );
  process.stdout.write(`${JSON.stringify(detections)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
