// Protects: an editor opens the sample wire article and reads its full text.
import { expect, test } from "@playwright/test";
import { SAMPLE_TITLE } from "./fixtures/accounts";

test("the demo editor opens the sample article and reads it", async ({ page }) => {
  await page.goto("/articles");
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  await page.getByRole("link", { name: SAMPLE_TITLE }).click();
  await expect(page.getByRole("heading", { level: 1, name: SAMPLE_TITLE })).toBeVisible();
  const text = page.getByLabel("Article text");
  await expect(text).toContainText("the heartrending loss of nine lives");
  await expect(text).toContainText("Regional Development 20-10 Policy");
  await expect(page.locator("time").first()).toHaveAttribute("datetime", "2025-12-14T16:30:00.000Z");
});

test("an unknown article answers not found", async ({ page }) => {
  const response = await page.goto("/articles/doesnotexist0000000000000");
  expect(response?.status()).toBe(404);
});

test("the article page runs under a nonce-based script policy without violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/articles");
  expect(response?.headers()["content-security-policy"]).toMatch(
    /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/,
  );
  await page.getByRole("link", { name: SAMPLE_TITLE }).click();
  await expect(page.getByLabel("Article text")).toContainText("nine lives");
  // Hydrated: the reader is the interactive ProseMirror view, not the server fallback.
  await expect(page.locator(".ProseMirror")).toBeVisible();
  expect(violations).toEqual([]);
});
