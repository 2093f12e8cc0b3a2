import fs from "node:fs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/**
 * The Chromium the browser tests drive: FACTDESK_CHROMIUM if set, else a
 * system Chromium, else Playwright's own download (undefined lets Playwright
 * pick it). Throws, saying what to install, when none exists.
 */
export function resolveChromium(playwrightOwn?: string): string | undefined {
  const configured = process.env.FACTDESK_CHROMIUM?.trim();
  if (configured) {
    if (!fs.existsSync(configured))
      throw new Error(`FACTDESK_CHROMIUM points at ${configured}, which does not exist.`);
    return configured;
  }
  const system = CANDIDATES.find((candidate) => fs.existsSync(candidate));
  if (system) return system;
  if (playwrightOwn && fs.existsSync(playwrightOwn)) return undefined;
  throw new Error(
    "No Chromium found for the browser tests. Install one: `apt-get install -y chromium` (Debian/Ubuntu), " +
      "or `npx playwright install chromium`, or set FACTDESK_CHROMIUM to a Chromium executable.",
  );
}

/** Flags that keep Chromium quiet on machines without network or sandbox support. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
