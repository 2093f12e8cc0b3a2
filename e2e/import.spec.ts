// Protects: an editor gets an article in by pasting, uploading or fetching it, reviews its details, and can
// add later versions whose history and differences stay readable.
import { expect, test } from "@playwright/test";
import { makeDocx } from "../lib/intake/testing/docx";
import { ACCOUNTS } from "./fixtures/accounts";
import { openImport, pasteArticle, unique } from "./fixtures/paste-article";
import { signIn } from "./fixtures/sign-in";
import { FIXTURE_ORIGIN, startFixtureServer, storyPage } from "./import-fixture-server";

let fixture: Awaited<ReturnType<typeof startFixtureServer>>;

test.beforeAll(async () => {
  fixture = await startFixtureServer();
});

test.afterAll(async () => {
  await fixture.stop();
});

test("paste: the editor corrects the details before saving, then finds the article", async ({ page }) => {
  const headline = `Bridge closed after lorry crash ${unique()}`;
  await openImport(page, "Paste text");
  await pasteArticle(page, headline, [
    "The bridge was closed on Monday morning.",
    "Police said two people were hurt.",
  ]);
  await expect(page.getByLabel("Title")).toHaveValue(headline);
  await page.getByLabel("Outlet").fill("Valley News");
  await page.getByLabel("Published (UTC)").fill("2025-05-02T07:45");
  await page.getByRole("button", { name: "Save article" }).click();

  await expect(page.getByRole("heading", { level: 1, name: headline })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Imported as a new article." })).toBeVisible();
  await expect(page.getByText("Valley News")).toBeVisible();
  await expect(page.locator("time").first()).toHaveAttribute("datetime", "2025-05-02T07:45:00.000Z");
  await expect(page.getByLabel("Article text")).toContainText("Police said two people were hurt.");

  await page.goto("/articles");
  await page.getByRole("searchbox").fill("lorry hurt");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByRole("link", { name: headline })).toBeVisible();
  await expect(page.getByText("1 article match")).toBeVisible();
});

test("paste: a refusal keeps the text and says why", async ({ page }) => {
  await openImport(page, "Paste text");
  await pasteArticle(page, `Title only ${unique()}`, ["Some text."]);
  await page.getByLabel("Title").fill("");
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByText("Give the article a title.").first()).toBeVisible();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByLabel("Article text")).toHaveValue(/Some text\./);
});

test("upload: a Word document is read with its title and saved", async ({ page }) => {
  const headline = `Port figures questioned ${unique()}`;
  const docx = await makeDocx([
    { text: headline, style: "Title" },
    { text: "What the port said", style: "Heading1" },
    { text: "The port handled 1,200 containers on Monday.", bold: true },
  ]);
  await openImport(page, "Upload files");
  // Only the chosen way in shows; the others keep their input out of sight.
  await expect(page.getByLabel("Article text")).toBeHidden();
  await page.getByLabel("Files", { exact: true }).setInputFiles({
    name: "port.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: Buffer.from(docx),
  });
  await page.getByRole("button", { name: "Read file" }).click();
  await expect(page.getByLabel("Title")).toHaveValue(headline);
  await expect(page.getByLabel("Text preview")).toContainText("The port handled 1,200 containers on Monday.");
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: headline })).toBeVisible();
  await expect(
    page.getByLabel("Article text").getByRole("heading", { name: "What the port said" }),
  ).toBeVisible();
});

test("upload: several files import at once; a bad one is named and does not stop the rest", async ({
  page,
}) => {
  const id = unique();
  await openImport(page, "Upload files");
  await page.getByLabel("Files", { exact: true }).setInputFiles([
    {
      name: `first-${id}.txt`,
      mimeType: "text/plain",
      buffer: Buffer.from(`First bulk story ${id}\n\nIts text.`),
    },
    { name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) },
    {
      name: `second-${id}.md`,
      mimeType: "text/markdown",
      buffer: Buffer.from(`# Second bulk story ${id}\n\nMore text.`),
    },
  ]);
  await page.getByRole("button", { name: "Import 3 files" }).click();
  const results = page.getByRole("list", { name: "Import results" });
  await expect(page.getByText("Done: 2 imported (2 new articles, 0 new versions), 1 failed.")).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Import progress" })).toHaveAttribute(
    "aria-valuenow",
    "3",
  );
  await expect(results.getByText("empty.txt: the file is empty.")).toBeVisible();
  await expect(results.getByRole("link", { name: `First bulk story ${id}` })).toBeVisible();
  await results.getByRole("link", { name: `Second bulk story ${id}` }).click();
  await expect(page.getByLabel("Article text")).toContainText("More text.");
});

test("URL: the page's main text and details are fetched; the same address later adds a version", async ({
  page,
}) => {
  const id = unique();
  const path = `/news/dam-${id}.html`;
  const headline = `Dam breach floods 40 homes ${id}`;
  fixture.pages.set(
    path,
    storyPage({
      headline,
      paragraphs: ["The dam breached at dawn, officials said.", "Forty homes were flooded."],
    }),
  );
  await openImport(page, "From a web address");
  await page.getByLabel("Web address", { exact: true }).fill(`${FIXTURE_ORIGIN}${path}`);
  await page.getByRole("button", { name: "Fetch article" }).click();
  await expect(page.getByLabel("Title")).toHaveValue(headline);
  await expect(page.getByLabel("Outlet")).toHaveValue("Riverside Post");
  await expect(page.getByLabel("Address (URL)")).toHaveValue(`${FIXTURE_ORIGIN}${path}`);
  await expect(page.getByLabel("Text preview")).not.toContainText("Subscribe");
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: headline })).toBeVisible();
  await expect(page.getByLabel("Article text")).not.toContainText("Sport");

  fixture.pages.set(
    path,
    storyPage({
      headline,
      paragraphs: ["The dam breached at dawn, officials said.", "Forty-one homes were flooded."],
    }),
  );
  await openImport(page, "From a web address");
  await page.getByLabel("Web address", { exact: true }).fill(`${FIXTURE_ORIGIN}${path}`);
  await page.getByRole("button", { name: "Fetch article" }).click();
  await expect(page.getByRole("radio", { name: /Version 2 of/ })).toBeChecked();
  await page.getByRole("button", { name: "Save as version 2" }).click();
  await expect(page.getByText("Version 2 of 2")).toBeVisible();
});

test("URL: a missing page and a private address are refused in words", async ({ page }) => {
  await openImport(page, "From a web address");
  await page.getByLabel("Web address", { exact: true }).fill(`${FIXTURE_ORIGIN}/no-such-story`);
  await page.getByRole("button", { name: "Fetch article" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "the page was not found (HTTP 404)." }),
  ).toBeVisible();
  await page.getByLabel("Web address", { exact: true }).fill("http://127.0.0.1:5432/");
  await page.getByRole("button", { name: "Fetch article" }).click();
  await expect(
    page
      .getByRole("alert")
      .filter({ hasText: "private, loopback or link-local network, which Factdesk does not fetch" }),
  ).toBeVisible();
});

test("a new version: the history lists both, the earlier one stays readable, the diff shows the change", async ({
  page,
}) => {
  const headline = `Kim acknowledges casualties ${unique()}`;
  await openImport(page, "Paste text");
  await pasteArticle(page, headline, [
    "Kim spoke of the loss of nine lives.",
    "The regiment returned from Kursk.",
  ]);
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: headline })).toBeVisible();

  await page.getByRole("link", { name: "Add a version" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add a new version" })).toBeVisible();
  await pasteArticle(page, headline, [
    "Kim spoke of the loss of ten lives.",
    "The regiment returned from Kursk.",
  ]);
  await page.getByRole("button", { name: "Save as version 2" }).click();
  await expect(page.getByText("Saved as version 2.")).toBeVisible();
  await expect(page.getByLabel("Article text")).toContainText("ten lives");

  const history = page.getByRole("list", { name: "Version history" });
  await expect(history.getByRole("listitem")).toHaveCount(2);
  await history.getByRole("link", { name: "Version 1", exact: true }).click();
  await expect(page.getByText("You are reading version 1, an earlier text of this article.")).toBeVisible();
  await expect(page.getByLabel("Article text")).toContainText("nine lives");

  await page.getByRole("link", { name: "Changes from version 1" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Changes from version 1 to version 2" }),
  ).toBeVisible();
  const changes = page.getByRole("region", { name: "Changes" });
  await expect(changes.locator("del")).toHaveText(["nine"]);
  await expect(changes.locator("ins")).toHaveText(["ten"]);
  await expect(page.getByText("1 paragraph changed: 1 words added, 1 removed.")).toBeVisible();
});

test("another workspace's editor cannot open our article to add a version", async ({ page, browser }) => {
  const headline = `Desk-only story ${unique()}`;
  await openImport(page, "Paste text");
  await pasteArticle(page, headline, ["Only our newsroom may change this."]);
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: headline })).toBeVisible();
  const articleId = new URL(page.url()).pathname.split("/")[2];

  const rival = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const rivalPage = await rival.newPage();
  await signIn(rivalPage, ACCOUNTS.rival);
  expect((await rivalPage.goto(`/articles/import?articleId=${articleId}`))?.status()).toBe(404);
  expect((await rivalPage.goto(`/articles/${articleId}/compare?from=1&to=1`))?.status()).toBe(404);
  await rivalPage.goto(`/articles?q=${encodeURIComponent("newsroom change")}`);
  await expect(rivalPage.getByText(headline)).toHaveCount(0);
  await rival.close();
});
