import { expect, test } from "@playwright/test";
import { SignInPage } from "./pages/sign-in-page";
import { ACCOUNTS, PASSWORD } from "./support/accounts";
import { t } from "./support/messages";

test("[AUTH] a wrong password is refused with a clear message", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(ACCOUNTS.officerLA, "not-the-password");
  await expect(signIn.error()).toHaveAttribute("role", "alert");
  await expect(signIn.error()).toContainText(t("auth.error.credentials"));
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/cases");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("[AUTH] the right password opens the officer's case list", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(ACCOUNTS.officerLA, PASSWORD);
  await expect(page).toHaveURL(/\/cases$/);
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-state", "connected");
});

test("[AUTH] the case API refuses a caller without a session", async ({ request }) => {
  const response = await request.get("/api/v1/cases");
  expect(response.status()).toBe(401);
  expect(await response.json()).toEqual({ error: "unauthorized" });
});

test.describe("without the page's script", () => {
  test.use({ javaScriptEnabled: false });

  test("[AUTH] the sign-in form never puts the password in the URL", async ({ page }) => {
    const requests: { method: string; url: string }[] = [];
    const navigations: string[] = [];
    page.on("request", (request) => {
      requests.push({ method: request.method(), url: request.url() });
      if (request.isNavigationRequest()) navigations.push(request.method());
    });
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(ACCOUNTS.officerLA, PASSWORD);
    // The sign-in page, then the form's own submission.
    await expect.poll(() => navigations.length).toBe(2);
    expect(navigations[1]).toBe("POST");
    expect(requests.every((r) => !r.url.includes(encodeURIComponent(PASSWORD)) && !r.url.includes("password="))).toBe(true);
  });
});
