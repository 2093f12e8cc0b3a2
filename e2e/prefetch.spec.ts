// Protects: a page view costs the server one render, not one per visible link: links prefetch only when the editor reaches for them.
import { expect, type Page, type Request, test } from "@playwright/test";
import { SAMPLE_TITLE } from "./fixtures/accounts";

/** The router's prefetches (React Server Component requests marked as such) the page sends. */
function recordPrefetches(page: Page): Request[] {
  const prefetches: Request[] = [];
  page.on("request", (request) => {
    if (request.headers()["next-router-prefetch"]) prefetches.push(request);
  });
  return prefetches;
}

test("the article list prefetches nothing on sight; the article an editor points at is prefetched, then opens", async ({
  page,
}) => {
  const prefetches = recordPrefetches(page);
  await page.goto("/articles");
  const link = page.getByRole("link", { name: SAMPLE_TITLE });
  await expect(link).toBeVisible();
  // Every request the page starts by itself (hydration, fonts, prefetches on sight) has ended.
  await page.waitForLoadState("networkidle");
  expect(prefetches.map((request) => request.url())).toEqual([]);

  const href = await link.getAttribute("href");
  await link.hover();
  await expect.poll(() => prefetches.map((request) => new URL(request.url()).pathname)).toContain(href);
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: SAMPLE_TITLE })).toBeVisible();
});

test("the navigation prefetches nothing on sight either, and the keyboard's focus prefetches", async ({
  page,
}) => {
  const prefetches = recordPrefetches(page);
  await page.goto("/dashboard");
  const queue = page.getByRole("link", { name: "My queue" });
  await expect(queue).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(prefetches).toHaveLength(0);

  await queue.focus();
  await expect.poll(() => prefetches.map((request) => new URL(request.url()).pathname)).toContain("/queue");
});
