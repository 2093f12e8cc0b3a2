// Protects: only people with the right password get in, and they land where they meant to go.
import { expect, test } from "@playwright/test";
import { ACCOUNTS } from "./fixtures/accounts";
import { signIn } from "./fixtures/sign-in";

test.use({ storageState: { cookies: [], origins: [] } });

test("a visitor is sent to sign in, and back to the page they asked for", async ({ page }) => {
  await page.goto("/articles");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Farticles/);
  await expect(page.getByRole("heading", { name: "Sign in to Factdesk" })).toBeVisible();
  await signIn(page, ACCOUNTS.demo);
  await expect(page.getByTestId("active-workspace")).toContainText(ACCOUNTS.demo.workspace);
});

test("a wrong password is refused with a message, keeping the email typed", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(ACCOUNTS.demo.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  // Next keeps an empty route-announcer alert on every page: look for ours by its text.
  await expect(page.getByRole("alert").filter({ hasText: "Email or password is incorrect" })).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(ACCOUNTS.demo.email);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, ACCOUNTS.demo);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/articles");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a tampered session cookie is no session at all", async ({ page, context }) => {
  await signIn(page, ACCOUNTS.demo);
  const cookies = await context.cookies();
  const session = cookies.find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  expect(session).toBeDefined();
  await context.addCookies([
    { ...(session as NonNullable<typeof session>), value: `${session?.value.slice(0, -4)}AAAA` },
  ]);
  await page.goto("/articles");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("pages carry the security headers", async ({ page }) => {
  const response = await page.goto("/sign-in");
  const headers = response?.headers() ?? {};
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
});
