// Protects: a share link gives outsiders the read-only report until it is revoked, and a personal API
// token exports as its user without a session until it is revoked; both are shown once, and only to their makers.
import { expect, test } from "@playwright/test";
import { ACCOUNTS, SAMPLE_TITLE } from "./fixtures/accounts";
import { openImport, pasteArticle, unique } from "./fixtures/paste-article";
import { signIn } from "./fixtures/sign-in";

const EXPIRED_TEXT = "This link has expired or was revoked. Ask the newsroom for a new one.";
const NO_SESSION = { cookies: [], origins: [] };

test("an editor shares the report; an outsider reads it until the link is revoked", async ({
  page,
  browser,
}) => {
  const headline = `Shared desk note ${unique()}`;
  await openImport(page, "Paste text");
  await pasteArticle(page, headline, ["The ministry said 14 soldiers were wounded on Friday."]);
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: headline })).toBeVisible();

  await page.getByRole("button", { name: "Share", exact: true }).click();
  const panel = page.getByRole("region", { name: "Share links" });
  await expect(panel.getByText("No live share links.")).toBeVisible();
  await panel.getByLabel("Link expires after").selectOption({ label: "1 day" });
  await panel.getByRole("button", { name: "Create share link" }).click();
  const link = await panel.getByLabel("New share link").inputValue();
  expect(link).toMatch(/\/share\/fds_[A-Za-z0-9_-]{43}$/);
  await expect(panel.getByText("it will not be shown again")).toBeVisible();
  await expect(panel.getByRole("list", { name: "Live share links" }).getByRole("listitem")).toHaveCount(1);

  const outsider = await browser.newContext({ storageState: NO_SESSION });
  const outsiderPage = await outsider.newPage();
  const shared = await outsiderPage.goto(link);
  expect(shared?.status()).toBe(200);
  expect(shared?.headers()["referrer-policy"]).toBe("no-referrer");
  await expect(outsiderPage.getByRole("heading", { level: 1, name: headline })).toBeVisible();
  await expect(outsiderPage.getByText("shared read-only copy")).toBeVisible();
  await expect(outsiderPage.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(outsiderPage.getByRole("link", { name: "Articles" })).toHaveCount(0);

  page.once("dialog", (dialog) => dialog.accept());
  await panel.getByRole("button", { name: "Revoke" }).click();
  await expect(panel.getByText("No live share links.")).toBeVisible();

  const revoked = await outsiderPage.goto(link);
  expect(revoked?.status()).toBe(404);
  expect(revoked?.headers()["referrer-policy"]).toBe("no-referrer");
  await expect(outsiderPage.getByText(EXPIRED_TEXT)).toBeVisible();
  await expect(outsiderPage.getByText(headline)).toHaveCount(0);
  const guessed = await outsiderPage.goto(`/share/fds_${"A".repeat(43)}`);
  expect(guessed?.status()).toBe(404);
  await expect(outsiderPage.getByText(EXPIRED_TEXT)).toBeVisible();
  await outsider.close();
});

test("a viewer cannot share an article", async ({ browser }) => {
  const viewer = await browser.newContext({ storageState: NO_SESSION });
  const viewerPage = await viewer.newPage();
  await signIn(viewerPage, ACCOUNTS.viewer);
  await viewerPage.getByRole("link", { name: SAMPLE_TITLE }).click();
  await expect(viewerPage.getByRole("heading", { level: 1, name: SAMPLE_TITLE })).toBeVisible();
  await expect(viewerPage.getByRole("button", { name: "Share", exact: true })).toHaveCount(0);
  await viewer.close();
});

test("a personal API token exports without a session, and stops working once revoked", async ({
  page,
  playwright,
}, testInfo) => {
  await page.goto("/articles");
  await page.getByRole("link", { name: SAMPLE_TITLE }).click();
  await expect(page.getByRole("heading", { level: 1, name: SAMPLE_TITLE })).toBeVisible();
  const articleId = new URL(page.url()).pathname.split("/").at(-1);

  const name = `CMS export ${unique()}`;
  await page.goto("/account");
  await page.getByLabel("Token name").fill(name);
  await page.getByLabel("Expires").selectOption({ label: "In 30 days" });
  await page.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByLabel("New API token").inputValue();
  expect(token).toMatch(/^fdt_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByText("it will not be shown again")).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText(`${token.slice(0, 12)}…`);
  await expect(row).not.toContainText(token.slice(12));

  // A client without cookies: only the token vouches for it.
  const api = await playwright.request.newContext({
    baseURL: testInfo.project.use.baseURL,
    storageState: NO_SESSION,
  });
  const exportUrl = `/api/articles/${articleId}/export?format=csv`;
  const authorized = await api.get(exportUrl, { headers: { Authorization: `Bearer ${token}` } });
  expect(authorized.status()).toBe(200);
  expect(authorized.headers()["content-type"]).toContain("text/csv");

  page.once("dialog", (dialog) => dialog.accept());
  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toHaveCount(0);
  const refused = await api.get(exportUrl, { headers: { Authorization: `Bearer ${token}` } });
  expect(refused.status()).toBe(401);
  expect(await refused.text()).toContain("revoked");
  await api.dispose();
});
