// Protects: the pages around the review loop work in the running app: the source library, the claim
// assigned from the keyboard that lands in "My queue", a stale verdict that keeps the editor's text,
// and the dashboard's progress and chart.
import { expect, type Page, test } from "@playwright/test";
import { ACCOUNTS } from "./fixtures/accounts";
import { openImport, pasteArticle, unique } from "./fixtures/paste-article";
import { selectText } from "./fixtures/select-text";
import { signIn } from "./fixtures/sign-in";

async function articleWithClaim(page: Page, headline: string) {
  await openImport(page, "Paste text");
  await pasteArticle(page, headline, ["The ministry said 14 soldiers were wounded on Friday."]);
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: headline })).toBeVisible();
  await selectText(page, "14 soldiers were wounded");
  await page.getByRole("button", { name: "Add claim on selection" }).click();
  await page.getByLabel("Kind", { exact: true }).selectOption({ label: "Casualty figure" });
  await page.getByRole("button", { name: "Save claim" }).click();
  const highlight = page.getByRole("button", { name: /^Claim: Casualty figure, Unreviewed/ });
  await expect(highlight).not.toHaveClass(/pending/);
  await highlight.click();
  await expect(page.getByRole("region", { name: "Claim detail" })).toBeVisible();
}

test("a source added to the library is found, opened and corrected", async ({ page }) => {
  const title = `Ministry of Defence briefing ${unique()}`;
  await page.goto("/sources");
  const form = page.getByRole("form", { name: "New source" });
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("URL").fill("https://mod.example/briefings/14");
  await form.getByLabel("Source type").selectOption({ label: "Government / official" });
  await form.getByRole("button", { name: "Add to library" }).click();
  await expect(form.getByRole("status")).toContainText(title);

  await page.goto(`/sources?q=${encodeURIComponent(title)}`);
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.getByLabel("Publisher").fill("Ministry of Defence");
  await page.getByRole("button", { name: "Save source" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await page.reload();
  await expect(page.getByLabel("Publisher")).toHaveValue("Ministry of Defence");
});

test("a claim assigned with the a key waits in My queue", async ({ page }) => {
  const headline = `Wounded count ${unique()}`;
  await articleWithClaim(page, headline);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press("a");
  const assignee = page.getByRole("region", { name: "Claim detail" }).getByLabel("Assignee");
  await expect(assignee).toBeFocused();
  await assignee.selectOption({ label: "Demo Editor" });
  // Stored once the claim counts as mine.
  await page.getByLabel("Filter by assignee").selectOption({ label: "Assigned to me" });
  await expect(
    page.locator("[data-claim-item]").filter({ hasText: "14 soldiers were wounded" }),
  ).toBeVisible();

  await page.getByRole("link", { name: "My queue" }).click();
  const claims = page.getByRole("region", { name: /Claims to check/ });
  await expect(claims).toContainText(headline);
  await claims.getByRole("link", { name: "“14 soldiers were wounded”" }).first().click();
  await expect(page.getByRole("region", { name: "Claim detail" })).toBeVisible();
});

test("a verdict set on a stale claim is refused, and the editor's text stays beside the newer one", async ({
  page,
  browser,
}) => {
  const headline = `Stale verdict ${unique()}`;
  await articleWithClaim(page, headline);
  const url = page.url();
  const verdict = page.getByRole("region", { name: "Verdict", exact: true });
  await verdict.getByLabel("Verdict", { exact: true }).selectOption("MISLEADING");
  await verdict.getByLabel("Rationale").fill("My reading: the ministry said 14, not 41.");

  // Meanwhile a colleague sets a verdict on the same claim.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const colleague = await context.newPage();
  await signIn(colleague, ACCOUNTS.reviewer);
  await colleague.goto(url);
  await colleague.getByRole("button", { name: /^Claim: Casualty figure/ }).click();
  const theirs = colleague.getByRole("region", { name: "Verdict", exact: true });
  await theirs.getByLabel("Verdict", { exact: true }).selectOption("UNVERIFIABLE");
  await theirs.getByLabel("Rationale").fill("Their reading: nobody can confirm the count.");
  await theirs.getByLabel("What was tried").fill("Called the ministry twice.");
  await theirs.getByRole("button", { name: "Set verdict" }).click();
  await expect(
    colleague.getByRole("button", { name: /^Claim: Casualty figure, Unverifiable/ }),
  ).toBeVisible();
  await context.close();

  await verdict.getByRole("button", { name: "Set verdict" }).click();
  await expect(verdict.getByRole("alert").first()).toContainText(/changed/i);
  await expect(verdict.getByLabel("Rationale")).toHaveValue("My reading: the ministry said 14, not 41.");
  await expect(verdict).toContainText("Their reading: nobody can confirm the count.");
});

test("the dashboard shows each article's progress and the verdicts of the workspace", async ({ page }) => {
  await page.goto("/articles");
  await page.getByRole("link", { name: "Dashboard" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.getByRole("region", { name: /progress/i })).toContainText(
    "North's Kim makes rare acknowledgement",
  );
  await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
});
