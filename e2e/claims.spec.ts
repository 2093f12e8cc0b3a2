// Protects: an editor marks a claim on the words they select, and it stays on those words.
import { expect, type Page, test } from "@playwright/test";
import { CLAIMS_DRILL_TITLE } from "./fixtures/accounts";
import { openImport, pasteArticle, unique } from "./fixtures/paste-article";
import { selectText } from "./fixtures/select-text";

async function openDrill(page: Page) {
  await page.goto("/articles");
  await page.getByRole("link", { name: CLAIMS_DRILL_TITLE }).click();
  await expect(page.locator(".ProseMirror")).toBeVisible();
}

test("select “nine lives”, mark a casualty figure, and find it again after a reload", async ({ page }) => {
  await openDrill(page);
  await selectText(page, "nine lives");
  // The small control that appears above the selection.
  await page.getByRole("button", { name: "Add claim", exact: true }).click();
  await page.getByLabel("Kind", { exact: true }).selectOption({ label: "Casualty figure" });
  await page.getByLabel("Note (optional)").fill("Compare with KCNA's wording");
  await page.getByRole("button", { name: "Save claim" }).click();

  const highlight = page.getByRole("button", { name: "Claim: Casualty figure, Unreviewed: “nine lives”" });
  await expect(highlight).toHaveText("nine lives");
  await expect(highlight).not.toHaveClass(/pending/);
  const item = page.locator("[data-claim-item]").filter({ hasText: "“nine lives”" });
  await expect(item).toContainText("Casualty figure");

  await page.reload();
  await expect(
    page.getByRole("button", { name: "Claim: Casualty figure, Unreviewed: “nine lives”" }),
  ).toHaveText("nine lives");
  await expect(item).toContainText("Compare with KCNA's wording");
});

test("claims are reached and managed from the keyboard", async ({ page }) => {
  await openDrill(page);
  await selectText(page, "May 28");
  await page.keyboard.press("n");
  await expect(page.getByLabel("Kind", { exact: true })).toBeFocused();
  await page.getByLabel("Kind", { exact: true }).selectOption({ label: "Date" });
  await page.getByRole("button", { name: "Save claim" }).click();
  const highlight = page.getByRole("button", { name: /^Claim: Date, Unreviewed: “May 28”/ });
  await expect(highlight).toBeVisible();

  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toHaveCount(0);

  const item = page.locator("[data-claim-item]").filter({ hasText: "“May 28”" });
  for (let presses = 0; presses < 10 && (await item.getAttribute("aria-current")) !== "true"; presses++) {
    await page.keyboard.press("j");
  }
  await expect(item).toHaveAttribute("aria-current", "true");
  // Enter on a focused control is that control's; the shortcut is for the workspace itself.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press("Enter");
  await page.getByRole("textbox", { name: "Note" }).fill("Formed on May 28, per KCNA");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(item).toContainText("Formed on May 28, per KCNA");

  page.once("dialog", (dialog) => dialog.accept());
  await item.getByRole("button", { name: "Delete" }).click();
  await expect(highlight).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("button", { name: /^Claim: Date, Unreviewed: “May 28”/ })).toHaveCount(0);
});

test("a selection of spaces only is refused with a message", async ({ page }) => {
  await openDrill(page);
  await selectText(page, " ");
  await page.getByRole("button", { name: "Add claim on selection" }).click();
  await page.getByRole("button", { name: "Save claim" }).click();
  await expect(page.getByRole("form", { name: "New claim" }).getByRole("alert")).toHaveText(
    "Select some words, not just spaces.",
  );
});

test("a new version keeps claims on their words, and lists the one whose words changed", async ({ page }) => {
  const headline = `Kim acknowledges casualties ${unique()}`;
  const paragraphs = [
    "Kim said there had been the heartrending loss of nine lives in the deployment.",
    "The ceremony was held at the April 25 House of Culture in Pyongyang.",
  ];
  await openImport(page, "Paste text");
  await pasteArticle(page, headline, paragraphs);
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: headline })).toBeVisible();

  for (const [words, kind] of [
    ["nine lives", "Casualty figure"],
    ["April 25 House of Culture", "Person, organization or place"],
  ] as const) {
    await selectText(page, words);
    await page.getByRole("button", { name: "Add claim on selection" }).click();
    await page.getByLabel("Kind", { exact: true }).selectOption({ label: kind });
    await page.getByRole("button", { name: "Save claim" }).click();
    await expect(
      page.getByRole("button", { name: `Claim: ${kind}, Unreviewed: “${words}”` }),
    ).not.toHaveClass(/pending/);
  }

  await page.getByRole("link", { name: "Add a version" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add a new version" })).toBeVisible();
  await pasteArticle(page, headline, [
    "Kim said there had been the heartrending loss of nine soldiers' lives in the deployment.",
    "The ceremony was held at the April 25 House of Culture in Pyongyang.",
  ]);
  await page.getByRole("button", { name: "Save as version 2" }).click();
  await expect(page.getByText("Saved as version 2.")).toBeVisible();

  const place = page.getByRole("button", {
    name: "Claim: Person, organization or place, Unreviewed: “April 25 House of Culture”",
  });
  await expect(place).toHaveText("April 25 House of Culture");
  const orphaned = page.getByRole("region", { name: /Needs re-anchoring/ });
  await expect(orphaned).toContainText("nine lives");
  await expect(page.getByRole("button", { name: /Claim: Casualty figure/ })).toHaveCount(0);

  await selectText(page, "nine soldiers' lives");
  await orphaned.getByRole("button", { name: "Re-attach to selection" }).click();
  await expect(
    page.getByRole("button", { name: "Claim: Casualty figure, Unreviewed: “nine soldiers' lives”" }),
  ).toBeVisible();
  await expect(orphaned).toHaveCount(0);
  await page.reload();
  await expect(
    page.getByRole("button", { name: "Claim: Casualty figure, Unreviewed: “nine soldiers' lives”" }),
  ).toBeVisible();
});
