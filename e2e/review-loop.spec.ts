// Protects: the whole review loop, by mouse and keyboard: claim → evidence → verdict → discussion →
// a second editor's sign-off, with every step in the timelines.
import { expect, type Page, test } from "@playwright/test";
import { ACCOUNTS, REVIEW_LOOP_TITLE } from "./fixtures/accounts";
import { selectText } from "./fixtures/select-text";
import { signIn } from "./fixtures/sign-in";

async function openLoopArticle(page: Page) {
  await page.goto("/articles");
  await page.getByRole("link", { name: REVIEW_LOOP_TITLE }).click();
  await expect(page.locator(".ProseMirror")).toBeVisible();
}

/** Moves the keyboard focus out of any field, so single-key shortcuts reach the workspace. */
async function leaveFields(page: Page) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

test("claim “nine lives”, attach a source, set a verdict, mention a colleague, and a second editor signs off", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await openLoopArticle(page);

  // 1. The claim.
  await selectText(page, "nine lives");
  await page.getByRole("button", { name: "Add claim", exact: true }).click();
  await page.getByLabel("Kind", { exact: true }).selectOption({ label: "Casualty figure" });
  await page.getByRole("button", { name: "Save claim" }).click();
  const highlight = page.getByRole("button", { name: /^Claim: Casualty figure, Unreviewed: “nine lives”/ });
  await expect(highlight).not.toHaveClass(/pending/);
  await highlight.click();
  const detail = page.getByRole("region", { name: "Claim detail" });
  await expect(detail).toBeVisible();

  // 2. Evidence, opened with the keyboard (s).
  await leaveFields(page);
  await page.keyboard.press("s");
  const evidence = detail.getByRole("region", { name: "Evidence" });
  await expect(evidence.getByLabel("Search sources")).toBeFocused();
  await evidence.getByLabel("Title").fill("KCNA: Kim's speech at the memorial, 13 Dec 2025");
  await evidence.getByLabel("URL").fill("https://kcnawatch.example/kim-speech-memorial");
  await evidence.getByLabel("Publisher").fill("KCNA");
  await evidence.getByLabel("Source type").selectOption({ label: "State media" });
  await evidence.getByLabel("Stance").selectOption({ label: "Supports" });
  await evidence.getByLabel("Excerpt").fill("the heartrending loss of nine lives");
  await evidence.getByRole("button", { name: "Attach source" }).click();
  await expect(evidence).toContainText("KCNA: Kim's speech at the memorial, 13 Dec 2025");

  // 3. The verdict, chosen with the keyboard (1 = verified).
  await leaveFields(page);
  await page.keyboard.press("1");
  const verdict = detail.getByRole("region", { name: "Verdict" });
  await expect(verdict.getByLabel("Rationale")).toBeFocused();
  await expect(verdict.getByLabel("Verdict", { exact: true })).toHaveValue("VERIFIED");
  await verdict.getByLabel("Rationale").fill("KCNA's text of the speech gives **nine** deaths.");
  await verdict.getByRole("button", { name: "Set verdict" }).click();
  await expect(
    page.getByRole("button", { name: /^Claim: Casualty figure, Verified: “nine lives”/ }),
  ).toBeVisible();
  await expect(verdict.locator("strong")).toHaveText("nine");

  // 4. A comment mentioning the second editor, picked from the @ list.
  await leaveFields(page);
  await page.keyboard.press("c");
  const discussion = detail.getByRole("region", { name: "Discussion" });
  const comment = discussion.getByRole("textbox", { name: "Comment" });
  await expect(comment).toBeFocused();
  await comment.pressSequentially("Ready for you @Rit");
  await expect(
    discussion.getByRole("listbox").getByRole("option", { name: /Rita Reviewer/ }),
  ).toHaveAttribute("aria-selected", "true");
  await comment.press("Enter");
  await comment.pressSequentially("please sign off.");
  await discussion.getByRole("button", { name: "Post comment" }).click();
  await expect(discussion).toContainText("Ready for you @Rita Reviewer please sign off.");

  // 5. To sign-off.
  await page.getByRole("button", { name: "Mark ready for sign-off" }).click();
  await expect(page.getByText("Ready for sign-off").first()).toBeVisible();

  // 6. The second editor sees the mention, and signs off.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const second = await context.newPage();
  await signIn(second, ACCOUNTS.reviewer);
  await second.getByRole("link", { name: /Notifications/ }).click();
  await expect(second.getByText("Ready for you @Rita Reviewer please sign off.")).toBeVisible();
  await openLoopArticle(second);
  await second.getByRole("button", { name: "Sign off" }).click();
  await second.getByRole("button", { name: "Confirm sign-off" }).click();
  await expect(second.getByText(/Approved by Rita Reviewer/)).toBeVisible();

  // 7. The article's timeline shows every step.
  const history = second.getByRole("group").filter({ hasText: "Review history" });
  await second.getByText("Review history").click();
  for (const step of [
    "Demo Editor added the claim (casualty figure)",
    "Demo Editor attached “KCNA: Kim's speech at the memorial, 13 Dec 2025” as supporting evidence",
    "Demo Editor set the verdict to “Verified”",
    "Demo Editor commented",
    "Demo Editor moved the article to “Ready for sign-off”",
    "Rita Reviewer signed off version 1 of the article",
  ]) {
    await expect(history).toContainText(step);
  }
  await context.close();

  // The first editor's page shows the approval without a reload.
  await expect(page.getByText(/Approved by Rita Reviewer/)).toBeVisible({ timeout: 15_000 });
});
