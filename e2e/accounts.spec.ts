// Protects: password guessing is stopped, sessions end when the user says so, and members see their own newsrooms.
import { expect, test } from "@playwright/test";
import { ACCOUNTS, RIVAL_ARTICLE_TITLE, SAMPLE_TITLE } from "./fixtures/accounts";
import { signIn } from "./fixtures/sign-in";

test.use({ storageState: { cookies: [], origins: [] } });

test("repeated wrong passwords lock the account, and the right one is refused until it expires", async ({
  page,
}) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(ACCOUNTS.lockout.email);
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.getByLabel("Password").fill(`wrong-${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Email or password is incorrect" })).toBeVisible();
  }
  await page.getByLabel("Password").fill(ACCOUNTS.lockout.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Too many sign-in attempts. Try again in 15 minutes." }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("signing out everywhere ends the sessions in other browsers", async ({ page, browser }) => {
  const other = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const otherPage = await other.newPage();
  await signIn(otherPage, ACCOUNTS.sessions);
  await signIn(page, ACCOUNTS.sessions);

  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in\?notice=signed-out-everywhere/);
  await expect(page.getByText("Every session of your account has ended")).toBeVisible();

  await otherPage.goto("/articles");
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await other.close();
});

test("a member of two newsrooms switches between them, and the choice sticks", async ({ page }) => {
  await signIn(page, ACCOUNTS.both);
  await expect(page.getByRole("link", { name: SAMPLE_TITLE })).toBeVisible();
  await page.getByLabel("Newsroom:").selectOption({ label: ACCOUNTS.rival.workspace });
  await expect(page.getByRole("link", { name: RIVAL_ARTICLE_TITLE })).toBeVisible();
  await expect(page.getByRole("link", { name: SAMPLE_TITLE })).toHaveCount(0);
  await expect(page.getByTestId("active-role")).toHaveText("Viewer");
  await page.reload();
  await expect(page.getByLabel("Newsroom:")).toHaveValue(/.+/);
  await expect(page.getByRole("link", { name: RIVAL_ARTICLE_TITLE })).toBeVisible();
});

test("an editor changes their name on the account page", async ({ page }) => {
  await signIn(page, ACCOUNTS.editor);
  await page.goto("/account");
  await page.getByRole("textbox", { name: "Name", exact: true }).fill("Edwina Editor");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Your name is saved.")).toBeVisible();
  await expect(page.locator("header")).toContainText("Edwina Editor");
});
