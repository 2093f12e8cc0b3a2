// Protects: every imported article arrives with suggestions of what to check, which an editor accepts
// or dismisses by keyboard and mouse, and the consistency warnings that point at figures that disagree.
import { expect, type Page, test } from "@playwright/test";
import { openImport, pasteArticle, unique } from "./fixtures/paste-article";

async function importStory(page: Page, headline: string, paragraphs: string[]) {
  await openImport(page, "Paste text");
  await pasteArticle(page, headline, paragraphs);
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: headline })).toBeVisible();
}

test("suggestions are accepted and dismissed by keyboard, and a dismissal is remembered", async ({
  page,
}) => {
  await importStory(page, `Kim acknowledges losses ${unique()}`, [
    "North Korean leader Kim Jong-un said there had been “the heartrending loss of nine lives,” KCNA reported.",
    "The regiment was formed on May 28 and returned in less than three months.",
  ]);
  await page.getByRole("tab", { name: /Suggestions/ }).click();
  const panel = page.getByRole("tabpanel", { name: /Suggestions/ });
  const casualty = panel.locator("[data-suggestion-item]").filter({ hasText: "Casualty figure" });
  await expect(casualty).toContainText("nine lives");
  await expect(page.locator(".claim-highlight.suggestion").first()).toBeVisible();

  // Open the casualty figure and accept it with y: it becomes a claim with its kind.
  await casualty.getByRole("button").first().click();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press("y");
  await expect(casualty).toHaveCount(0);

  // The next suggestion is open now: dismiss it with x, and remember what it was.
  const open = panel.locator("[data-suggestion-item][aria-current='true']");
  const dismissed = (await open.locator("span.line-clamp-2").textContent()) ?? "";
  await page.keyboard.press("x");
  await expect(panel.locator("[data-suggestion-item]").filter({ hasText: dismissed })).toHaveCount(0);

  await page.getByRole("tab", { name: "Claims" }).click();
  await expect(
    page.getByRole("button", {
      name: /^Claim: Casualty figure, Unreviewed: “the heartrending loss of nine lives”/,
    }),
  ).toBeVisible();

  await page.reload();
  await page.keyboard.press("t");
  await expect(
    page
      .getByRole("tabpanel", { name: /Suggestions/ })
      .locator("[data-suggestion-item]")
      .first(),
  ).toBeVisible();
  await expect(
    page
      .getByRole("tabpanel", { name: /Suggestions/ })
      .locator("[data-suggestion-item]")
      .filter({ hasText: dismissed }),
  ).toHaveCount(0);
});

test("all dates are accepted at once, and two death tolls that disagree raise a warning", async ({
  page,
}) => {
  await importStory(page, `Fireworks blast kills 31 ${unique()}`, [
    "Police said on Sunday that 27 people were killed in the blast at the warehouse.",
    "On Monday the disaster agency said at least 31 people were killed and 40 were injured.",
  ]);
  await page.getByRole("tab", { name: /Suggestions/ }).click();
  const panel = page.getByRole("tabpanel", { name: /Suggestions/ });
  await expect(panel.getByRole("note").filter({ hasText: "Figures that disagree" })).toBeVisible();

  await panel.getByLabel("Suggestions of kind").selectOption({ label: "Date" });
  const dates = panel.locator("[data-suggestion-item]");
  const count = await dates.count();
  expect(count).toBeGreaterThanOrEqual(2);
  await panel.getByRole("button", { name: `Accept all ${count}` }).click();
  await expect(dates).toHaveCount(0);
  await page.getByRole("tab", { name: "Claims" }).click();
  await expect(page.getByRole("button", { name: /^Claim: Date, Unreviewed: “Sunday”/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Claim: Date, Unreviewed: “Monday”/ })).toBeVisible();
});

test("a bulk import returns at once and the queue finds the suggestions of every article", async ({
  page,
}) => {
  const id = unique();
  await openImport(page, "Upload files");
  await page.getByLabel("Files", { exact: true }).setInputFiles(
    [1, 2].map((number) => ({
      name: `flood-${number}-${id}.txt`,
      mimeType: "text/plain",
      buffer: Buffer.from(
        `Flood report ${number} ${id}\n\nOfficials said on Tuesday that ${number + 11} people were killed and 40 were missing.`,
      ),
    })),
  );
  await page.getByRole("button", { name: "Import 2 files" }).click();
  await expect(page.getByText("Done: 2 imported (2 new articles, 0 new versions).")).toBeVisible();
  await expect(page.getByText("Suggestions are ready on every imported article.")).toBeVisible({
    timeout: 20_000,
  });
  await page
    .getByRole("list", { name: "Import results" })
    .getByRole("link", { name: `Flood report 2 ${id}` })
    .click();
  await page.getByRole("tab", { name: /Suggestions/ }).click();
  await expect(
    page
      .getByRole("tabpanel", { name: /Suggestions/ })
      .locator("[data-suggestion-item]")
      .filter({ hasText: "13 people were killed" }),
  ).toBeVisible();
});
