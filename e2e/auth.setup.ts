// Signs the demo editor in once through the UI; the other specs reuse the session.
import { test as setup } from "@playwright/test";
import { ACCOUNTS } from "./fixtures/accounts";
import { signIn } from "./fixtures/sign-in";

setup("sign in as the demo editor", async ({ page }) => {
  await signIn(page, ACCOUNTS.demo);
  await page.context().storageState({ path: "test-results/.auth/demo.json" });
});
