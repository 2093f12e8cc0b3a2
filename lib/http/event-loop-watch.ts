/** A pause of the event loop longer than this is logged: every request waits through it. */
export const EVENT_LOOP_STALL_MS = 2_000;
const TICK_MS = 500;

/**
 * Logs each time the server's event loop was held up past EVENT_LOOP_STALL_MS (a long synchronous
 * task such as a claim detection run in the server), so a slow page in the log can be told apart
 * from a slow database. Returns a function that stops watching.
 */
export function watchEventLoop(log: (line: string) => void = console.warn): () => void {
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    const stalled = now - last - TICK_MS;
    if (stalled > EVENT_LOOP_STALL_MS)
      log(`[server] the event loop was held up for ${(stalled / 1000).toFixed(1)} s`);
    last = now;
  }, TICK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
