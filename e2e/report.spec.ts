// Protects: the annotated report shows what a reviewer typed as text and never runs it, lists each claim
// with its verdict beside the marked article, offers every download, and stays closed to other newsrooms.
import { expect, type Page, test } from "@playwright/test";
import { ACCOUNTS, SAMPLE_TITLE } from "./fixtures/accounts";
import { openImport, pasteArticle, unique } from "./fixtures/paste-article";
import { selectText } from "./fixtures/select-text";
import { signIn } from "./fixtures/sign-in";

const RATIONALE =
  'The ministry said 14. <script>window.__pwned = 1</script> <img src=x onerror="window.__pwned=2"> **Not 41.**';

/** Pastes an article, claims its figure and sets Misleading with RATIONALE; returns the article's id. */
async function articleWithVerdict(page: Page, headline: string): Promise<string> {
  await openImport(page, "Paste text");
  await pasteArticle(page, headline, [
    "The ministry said 14 soldiers were wounded on Friday.",
    "Officials 😀 agreed.",
  ]);
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: headline })).toBeVisible();
  await selectText(page, "14 soldiers were wounded");
  await page.getByRole("button", { name: "Add claim on selection" }).click();
  await page.getByLabel("Kind", { exact: true }).selectOption({ label: "Casualty figure" });
  await page.getByRole("button", { name: "Save claim" }).click();
  const highlight = page.getByRole("button", { name: /^Claim: Casualty figure, Unreviewed/ });
  await expect(highlight).not.toHaveClass(/pending/);
  await highlight.click();
  const verdict = page.getByRole("region", { name: "Verdict", exact: true });
  await verdict.getByLabel("Verdict", { exact: true }).selectOption("MISLEADING");
  await verdict.getByLabel("Rationale").fill(RATIONALE);
  await verdict.getByRole("button", { name: "Set verdict" }).click();
  await expect(page.getByRole("button", { name: /^Claim: Casualty figure, Misleading/ })).toBeVisible();
  const articleId = /\/articles\/([^/?#]+)/.exec(page.url())?.[1];
  if (!articleId) throw new Error(`No article id in ${page.url()}`);
  return articleId;
}

test("a script in a rationale shows as text in the report and never runs", async ({ page }) => {
  const headline = `Report ${unique()}`;
  const articleId = await articleWithVerdict(page, headline);
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });

  const response = await page.goto(`/articles/${articleId}/report`);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+'/);
  await expect(page.getByRole("heading", { level: 1, name: headline })).toBeVisible();

  // The article text, its claim marked by offset (after an emoji in the next paragraph, nothing shifts).
  const text = page.getByRole("region", { name: "Article text" });
  await expect(text.locator('mark[data-claim="1"]')).toHaveText("14 soldiers were wounded");
  await expect(text.locator('sup a[href="#claim-1"]')).toHaveText("[1]");
  await expect(text).toContainText("Officials 😀 agreed.");

  // The claims table: the claim, its verdict, the rationale as literal text with its Markdown rendered.
  const row = page.locator("tr#claim-1");
  await expect(row).toContainText("Casualty figure");
  await expect(row).toContainText("14 soldiers were wounded");
  await expect(row).toContainText("Misleading");
  await expect(row).toContainText("<script>window.__pwned = 1</script>");
  await expect(row).toContainText('<img src=x onerror="window.__pwned=2">');
  await expect(row.locator("strong")).toHaveText("Not 41.");
  await expect(row.locator("img, script")).toHaveCount(0);
  await expect(row).toContainText("Reviewed by Demo Editor");
  await expect(page.locator(".fd-legend")).toContainText("Unverifiable");
  await expect(page.locator(".fd-history")).toContainText("Version 1 (this report)");

  // No element of the page is the injected script (Next's own data scripts carry the text as a string);
  // and it never ran.
  const injected = await page
    .locator("script")
    .evaluateAll(
      (scripts) => scripts.filter((script) => script.textContent?.trim() === "window.__pwned = 1").length,
    );
  expect(injected).toBe(0);
  await page.waitForLoadState("load");
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(violations).toEqual([]);

  // Every format is offered; Markdown, CSV, PDF and HTML download, the script still text.
  const toolbar = page.getByRole("navigation", { name: "Report" });
  for (const format of ["html", "pdf", "md", "csv", "w3c", "claimreview"]) {
    await expect(toolbar.locator(`a[href="/api/articles/${articleId}/export?format=${format}"]`)).toHaveCount(
      1,
    );
  }
  const markdown = await page.request.get(`/api/articles/${articleId}/export?format=md`);
  expect(markdown.status()).toBe(200);
  expect(await markdown.text()).toContain("\\<script\\>window.\\_\\_pwned = 1\\</script\\>");
  const csv = await page.request.get(`/api/articles/${articleId}/export?format=csv`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain('<img src=x onerror=""window.__pwned=2"">');
  // The PDF is drawn on the server with pdfkit, whose fonts load from node_modules in the production build.
  const pdf = await page.request.get(`/api/articles/${articleId}/export?format=pdf`);
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  const html = await page.request.get(`/api/articles/${articleId}/export?format=html`);
  expect(html.status()).toBe(200);
  expect(await html.text()).toContain("&lt;script&gt;window.__pwned = 1&lt;/script&gt;");
});

test("the report prints without the app's navigation, on Letter when asked", async ({ page }) => {
  await page.goto("/articles");
  const href = await page.getByRole("link", { name: SAMPLE_TITLE }).getAttribute("href");
  await page.goto(`${href}/report?paper=letter`);
  await expect(page.getByRole("heading", { level: 1, name: SAMPLE_TITLE })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Report" }).getByText("US Letter")).toHaveAttribute(
    "aria-current",
    "true",
  );
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Report" })).toBeHidden();
  await expect(page.locator(".fd-report")).toBeVisible();
});

test("another newsroom's editor gets not found for the report", async ({ page, browser }) => {
  const articleId = await articleWithVerdict(page, `Private report ${unique()}`);
  const rival = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const rivalPage = await rival.newPage();
  await signIn(rivalPage, ACCOUNTS.rival);
  const response = await rivalPage.goto(`/articles/${articleId}/report`);
  expect(response?.status()).toBe(404);
  await expect(rivalPage.getByText("14 soldiers were wounded")).toHaveCount(0);
  await rival.close();
});
