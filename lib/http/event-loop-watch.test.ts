// Protects: a server whose event loop is held up says so in its log.
import { describe, expect, it } from "vitest";
import { EVENT_LOOP_STALL_MS, watchEventLoop } from "./event-loop-watch";

describe("watchEventLoop", () => {
  it("logs a stall longer than the threshold", async () => {
    const lines: string[] = [];
    const stop = watchEventLoop((line) => lines.push(line));
    try {
      const until = performance.now() + EVENT_LOOP_STALL_MS + 800;
      while (performance.now() < until) {
        // holds the event loop, as a long synchronous task in the server would
      }
      await expect.poll(() => lines.length, { timeout: 5_000 }).toBeGreaterThan(0);
      expect(lines[0]).toMatch(/^\[server\] the event loop was held up for \d+\.\d s$/);
    } finally {
      stop();
    }
  });
});
