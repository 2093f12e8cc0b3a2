// Protects: owners bring people in by invitation, and only owners can change who is in a newsroom.
import { expect, test } from "@playwright/test";
import { ACCOUNTS } from "./fixtures/accounts";
import { signIn } from "./fixtures/sign-in";

test("an owner invites a new editor, who accepts, joins and can sign in again later", async ({
  page,
  browser,
}) => {
  const email = `new-${Date.now()}@newsroom.example`;
  await page.goto("/members");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("EDITOR");
  await page.getByRole("button", { name: "Invite" }).click();
  const link = await page.getByLabel("Invitation link").inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByText(`${email} · Editor`)).toBeVisible();

  const invitee = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const inviteePage = await invitee.newPage();
  await inviteePage.goto(link);
  await expect(inviteePage.getByRole("heading", { name: `Join ${ACCOUNTS.demo.workspace}` })).toBeVisible();
  await inviteePage.getByLabel("Your name").fill("Nia Newcomer");
  await inviteePage.getByLabel("Password", { exact: true }).fill("password123");
  await inviteePage.getByRole("button", { name: "Accept invitation" }).click();
  await expect(inviteePage.locator("#password-error")).toContainText("one of the most common ones");
  await expect(inviteePage.getByLabel("Your name")).toHaveValue("Nia Newcomer");
  await inviteePage.getByLabel("Password", { exact: true }).fill("checks before deadline");
  await inviteePage.getByRole("button", { name: "Accept invitation" }).click();
  await expect(inviteePage).toHaveURL(/\/articles$/);
  await expect(inviteePage.getByTestId("active-role")).toHaveText("Editor");

  await inviteePage.getByRole("button", { name: "Sign out" }).click();
  await expect(inviteePage).toHaveURL(/\/sign-in/);
  await signIn(inviteePage, { email, password: "checks before deadline" });
  await inviteePage.goto(link);
  await expect(inviteePage.getByText("This invitation has already been used")).toBeVisible();

  await invitee.close();
});

test("an owner makes a signed-in editor a viewer, then removes them: their open session follows at once", async ({
  page,
  browser,
}) => {
  const member = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const memberPage = await member.newPage();
  await signIn(memberPage, ACCOUNTS.leaver);
  await expect(memberPage.getByTestId("active-role")).toHaveText("Editor");

  await page.goto("/members");
  const row = page.getByRole("row", { name: /Lee Leaver/ });
  await row.getByLabel("Role of Lee Leaver").selectOption("VIEWER");
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(row.getByText("Role saved.")).toBeVisible();
  await memberPage.goto("/articles");
  await expect(memberPage.getByTestId("active-role")).toHaveText("Viewer");

  page.once("dialog", (dialog) => dialog.accept());
  await row.getByRole("button", { name: "Remove" }).click();
  await expect(page.getByRole("row", { name: /Lee Leaver/ })).toHaveCount(0);
  await memberPage.goto("/articles");
  await expect(memberPage).toHaveURL(/\/sign-in/);
  await member.close();
});

test("an invitation reads the same whether or not its address already has an account", async ({
  page,
  browser,
}) => {
  // The rival newsroom's editor has an account; the other address has none. Neither is accepted here.
  const links: string[] = [];
  for (const email of [ACCOUNTS.rival.email, `nobody-${Date.now()}@newsroom.example`]) {
    await page.goto("/members");
    await page.getByLabel("Email", { exact: true }).fill(email);
    await page.getByLabel("Role", { exact: true }).selectOption("VIEWER");
    await page.getByRole("button", { name: "Invite" }).click();
    await expect(page.getByText(`${email} · Viewer`)).toBeVisible();
    links.push(await page.getByLabel("Invitation link").inputValue());
  }
  const visitor = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const visitorPage = await visitor.newPage();
  const pages: { text: string; fields: string[] }[] = [];
  for (const link of links) {
    await visitorPage.goto(link);
    const main = visitorPage.getByRole("main");
    await expect(main.getByLabel("Your name")).toBeEditable();
    await expect(main.getByLabel("Password", { exact: true })).toBeEditable();
    const email = await main.getByLabel("Email").inputValue();
    pages.push({
      text: ((await main.textContent()) ?? "").replaceAll(email, "(address)"),
      fields: await main
        .locator("input:not([type=hidden])")
        .evaluateAll((inputs) =>
          inputs.map(
            (input) => `${input.id} ${input.getAttribute("type")} ${input.getAttribute("autocomplete")}`,
          ),
        ),
    });
  }
  expect(pages[0]?.text).toContain("If you already have a Factdesk account with this address");
  expect(pages[1]).toEqual(pages[0]);
  await visitor.close();
});

test("the last owner cannot demote themself", async ({ page }) => {
  await page.goto("/members");
  await page.getByLabel("Role of Demo Editor").selectOption("VIEWER");
  await page
    .getByRole("row", { name: /Demo Editor/ })
    .getByRole("button", { name: "Change role" })
    .click();
  await expect(
    page.getByRole("alert").filter({ hasText: "A workspace needs at least one owner" }),
  ).toBeVisible();
});

test("a viewer sees no member controls, and the members API refuses their writes", async ({ browser }) => {
  const viewer = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await viewer.newPage();
  await signIn(page, ACCOUNTS.viewer);
  await expect(page.getByTestId("active-role")).toHaveText("Viewer");
  await page.goto("/members");
  await expect(page.getByText("Only owners can invite or change members.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Invite" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Remove" })).toHaveCount(0);

  const origin = new URL(page.url()).origin;
  const response = await page.request.post("/api/members/invites", {
    data: { email: "sneaky@newsroom.example", role: "OWNER" },
    headers: { origin },
  });
  expect(response.status()).toBe(403);
  expect((await response.json()).error).toBe("Only an owner of this workspace can do that.");
  await viewer.close();
});

test("the members API refuses a cross-site request even from an owner", async ({ page }) => {
  await page.goto("/members");
  const response = await page.request.post("/api/members/invites", {
    data: { email: "csrf@newsroom.example", role: "OWNER" },
    headers: { origin: "https://evil.example" },
  });
  expect(response.status()).toBe(403);
  await page.reload();
  await expect(page.getByText("csrf@newsroom.example")).toHaveCount(0);
});
