/**
 * The review workspace in headless Chromium, on a 10,000-word article:
 * (a) time from navigation until all 1,000 claims' highlights are painted
 *     (target ≤ 1.5 s), beside the same article with no claims (baseline);
 * (b) creating a claim: from "Save claim" until its highlight shows, and until
 *     the server has stored it (target median ≤ 200 ms).
 * Median of 5 loads and of 10 creations. Runs on its own embedded database
 * and server, and removes both.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Browser, chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, resolveChromium } from "@/e2e/browser";
import { selectText } from "@/e2e/fixtures/select-text";
import { describeQuote } from "@/lib/anchoring/selectors";
import { createArticle } from "@/lib/articles/create-article";
import { prepareDatabase } from "@/lib/db/prepare";
import { DEMO } from "@/prisma/demo-account";
import { ensureBuild, startAppServer } from "./lib/app-server";

let seed = 7;
const random = () => {
  seed = (seed * 48271) % 2147483647;
  return seed / 2147483647;
};
const WORDS = Array.from({ length: 3000 }, () =>
  Array.from({ length: 2 + Math.floor(random() * 8) }, () =>
    String.fromCharCode(97 + Math.floor(random() * 26)),
  ).join(""),
);
const paragraphs = Array.from({ length: 200 }, () =>
  Array.from({ length: 50 }, () => WORDS[Math.floor(random() * WORDS.length)]).join(" "),
);

async function seedBigArticles(
  prisma: Parameters<NonNullable<Parameters<typeof prepareDatabase>[0]["afterSeed"]>>[0],
) {
  const workspace = await prisma.workspace.findUniqueOrThrow({ where: { slug: DEMO.workspace.slug } });
  const user = await prisma.user.findUniqueOrThrow({ where: { email: DEMO.email } });
  const base = {
    prisma,
    workspaceId: workspace.id,
    createdById: user.id,
    paragraphs,
    origin: "PASTE" as const,
  };
  const plain = await createArticle({ ...base, title: "Bench: 10,000 words, no claims" });
  const marked = await createArticle({ ...base, title: "Bench: 10,000 words, 1,000 claims" });
  const text = paragraphs.join("\n\n");
  const claims = Array.from({ length: 1000 }, () => {
    const start = text.indexOf(" ", Math.floor(random() * (text.length - 80))) + 1;
    const quote = describeQuote(text, start, text.indexOf(" ", start + 5 + Math.floor(random() * 40)));
    return {
      workspaceId: workspace.id,
      articleId: marked.id,
      originVersionId: marked.versionId,
      versionId: marked.versionId,
      kind: "OTHER" as const,
      quoteExact: quote.exact,
      quotePrefix: quote.prefix,
      quoteSuffix: quote.suffix,
      positionStart: quote.start,
      positionEnd: quote.end,
      createdById: user.id,
    };
  });
  await prisma.claim.createMany({ data: claims });
  return { plain: plain.id, marked: marked.id };
}

async function timeToPaint(page: Page, url: string, expectedClaims: number): Promise<number> {
  await page.goto(url, { waitUntil: "commit" });
  return page.evaluate(async (expected) => {
    const painted = () => {
      if (!document.querySelector(".ProseMirror")) return false;
      const ids = new Set(
        [...document.querySelectorAll("[data-claim-id]")].map((e) => e.getAttribute("data-claim-id")),
      );
      return ids.size >= expected;
    };
    const giveUp = performance.now() + 20_000;
    while (!painted()) {
      if (performance.now() > giveUp) {
        const ids = new Set(
          [...document.querySelectorAll("[data-claim-id]")].map((e) => e.getAttribute("data-claim-id")),
        );
        throw new Error(
          `only ${ids.size} of ${expected} highlights after 20 s (${document.querySelector(".ProseMirror") ? "text shown" : "no text"})`,
        );
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return performance.now();
  }, expectedClaims);
}

async function timeToCreate(page: Page, words: string): Promise<{ shown: number; stored: number }> {
  await selectText(page, words);
  await page.getByRole("button", { name: "Add claim on selection" }).click();
  const save = page.getByRole("button", { name: "Save claim" });
  await save.waitFor();
  const timing = page.evaluate((exact) => {
    const started = performance.now();
    const find = () =>
      [...document.querySelectorAll<HTMLElement>("[data-claim-id]")].find((e) => e.textContent === exact);
    return new Promise<{ shown: number; stored: number }>((resolve) => {
      let shown = 0;
      const check = () => {
        const element = find();
        if (element && !shown) shown = performance.now() - started;
        if (element && !element.classList.contains("pending"))
          return resolve({ shown, stored: performance.now() - started });
        requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  }, words);
  await save.click();
  return timing;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function main() {
  ensureBuild();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-bench-review-"));
  let ids = { plain: "", marked: "" };
  await prepareDatabase({
    target: { kind: "embedded", dataDir },
    seed: true,
    afterSeed: async (prisma) => {
      ids = await seedBigArticles(prisma);
    },
  });
  const server = await startAppServer(dataDir);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: resolveChromium(chromium.executablePath()),
      args: CHROMIUM_ARGS,
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // tsx compiles named inner functions with an `__name` helper that pages evaluated in do not have.
    await page.addInitScript("globalThis.__name = (fn) => fn;");
    await page.goto(`${server.base}/sign-in`);
    await page.getByLabel("Email").fill(DEMO.email);
    await page.getByLabel("Password").fill(DEMO.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/articles$/);
    console.log("signed in; timing page loads…");
    const loads = { plain: [] as number[], marked: [] as number[] };
    for (let run = -1; run < 5; run++) {
      const plain = await timeToPaint(page, `${server.base}/articles/${ids.plain}`, 0);
      const marked = await timeToPaint(page, `${server.base}/articles/${ids.marked}`, 1000);
      if (run < 0) continue; // the first load warms the server up
      loads.plain.push(plain);
      loads.marked.push(marked);
    }
    console.log("timing claim creation…");
    const creations: Array<{ shown: number; stored: number }> = [];
    await page.goto(`${server.base}/articles/${ids.plain}`);
    await page.locator(".ProseMirror").waitFor();
    for (let run = 0; run < 10; run++)
      creations.push(await timeToCreate(page, paragraphs[run * 7]?.split(" ").slice(3, 6).join(" ") ?? ""));
    const plainMs = median(loads.plain);
    const markedMs = median(loads.marked);
    console.log("review workspace, headless Chromium, 10,000-word article, median");
    console.log(`  article, no claims (baseline)        ${plainMs.toFixed(0)} ms to painted`);
    console.log(
      `  article, 1,000 claims highlighted    ${markedMs.toFixed(0)} ms to every highlight painted (${(markedMs / plainMs).toFixed(2)}× baseline; target ≤ 1500 ms)`,
    );
    console.log(
      `  create a claim: highlight shown      ${median(creations.map((c) => c.shown)).toFixed(0)} ms after Save (target ≤ 200 ms)`,
    );
    console.log(
      `  create a claim: stored by the server ${median(creations.map((c) => c.stored)).toFixed(0)} ms after Save`,
    );
  } finally {
    await browser?.close();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
