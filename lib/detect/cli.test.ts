/** `claims:detect` prints only a JSON array with offsets into the file as read, and fails loudly on bad files. */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";

const ROOT = path.join(import.meta.dirname, "..", "..");

it("prints the detections of a wire file as JSON and nothing else; exits 1 on a missing or non-UTF-8 file", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "detect-cli-"));
  const run = (file: string) =>
    spawnSync(
      path.join(ROOT, "node_modules", ".bin", "tsx"),
      [path.join(ROOT, "scripts", "detect.ts"), "--", file],
      {
        cwd: ROOT,
        encoding: "utf8",
      },
    );
  try {
    const content =
      "\uFEFF date 2025-12-14 Kim speaks\r\nPublished: 14 Dec. 2025, 16:30 Updated: 14 Dec. 2025, 16:52\r\n" +
      "😀 Kim Jong-un said Friday that “the heartrending loss of nine lives” was felt.\r\n";
    fs.writeFileSync(path.join(dir, "wire.txt"), content);
    const ok = run(path.join(dir, "wire.txt"));
    expect(ok.status).toBe(0);
    const detections = JSON.parse(ok.stdout) as Record<string, unknown>[];
    expect(detections.length).toBeGreaterThan(4);
    for (const detection of detections) {
      expect(Object.keys(detection)).toEqual(["kind", "start", "end", "text", "normalized", "score"]);
      expect(content.slice(detection.start as number, detection.end as number)).toBe(detection.text);
    }
    expect(detections).toContainEqual(
      expect.objectContaining({ kind: "date", text: "Friday", normalized: "2025-12-12" }),
    );

    const missing = run(path.join(dir, "missing.txt"));
    expect([missing.status, missing.stdout]).toEqual([1, ""]);
    expect(missing.stderr).toMatch(/no such file/);

    fs.writeFileSync(path.join(dir, "latin1.txt"), Buffer.from([0x4b, 0x69, 0x6d, 0xe9, 0xff, 0x0a]));
    const latin = run(path.join(dir, "latin1.txt"));
    expect([latin.status, latin.stdout]).toEqual([1, ""]);
    expect(latin.stderr).toMatch(/not UTF-8/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
