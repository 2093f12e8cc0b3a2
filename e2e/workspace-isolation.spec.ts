// Protects: another newsroom's editor can neither list nor open our articles.
import { expect, test } from "@playwright/test";
import { ACCOUNTS, RIVAL_ARTICLE_TITLE, SAMPLE_TITLE } from "./fixtures/accounts";
import { signIn } from "./fixtures/sign-in";

test("an editor of another workspace cannot see or open the sample article", async ({ page, browser }) => {
  await page.goto("/articles");
  await page.getByRole("link", { name: SAMPLE_TITLE }).click();
  await expect(page.getByLabel("Article text")).toBeVisible();
  const articleUrl = page.url();
  await expect(page.getByText(RIVAL_ARTICLE_TITLE)).toHaveCount(0);

  const rival = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const rivalPage = await rival.newPage();
  await signIn(rivalPage, ACCOUNTS.rival);
  await expect(rivalPage.getByTestId("active-workspace")).toContainText(ACCOUNTS.rival.workspace);
  await expect(rivalPage.getByRole("link", { name: RIVAL_ARTICLE_TITLE })).toBeVisible();
  await expect(rivalPage.getByText(SAMPLE_TITLE)).toHaveCount(0);

  const response = await rivalPage.goto(articleUrl);
  expect(response?.status()).toBe(404);
  await expect(rivalPage.getByText("heartrending")).toHaveCount(0);
  await rival.close();
});
