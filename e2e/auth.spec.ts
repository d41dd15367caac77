import { SignInPage } from "./pages/sign-in-page";
import { ACCOUNTS, PASSWORD } from "./support/accounts";
import { expect, test } from "./support/fixtures";
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

test("[AUTH] after too many wrong passwords the page says when to try again", async ({ page }) => {
  // An account of its own: a throttled demo account would refuse the other specs' sign-ins.
  const email = `bloqueo-${Date.now()}@amparo.demo`;
  const signIn = new SignInPage(page);
  await signIn.goto();
  // SIGN_IN_LIMITS.account.points (lib/server/auth/sign-in-throttle.ts): five wrong passwords are answered as such.
  for (let attempt = 1; attempt <= 5; attempt++) {
    const answered = page.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials"));
    await signIn.signIn(email, `not-the-password-${attempt}`);
    await answered;
    // The form is ready for the next attempt once its button is named "Entrar" again.
    await expect(signIn.submit()).toBeEnabled();
    await expect(signIn.error()).toHaveText(t("auth.error.credentials"));
  }
  await signIn.signIn(email, "not-the-password-6");
  await expect(signIn.error()).toHaveText(t("auth.error.throttled", { minutes: 1 }));
  await expect(signIn.error()).toHaveAttribute("role", "alert");
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
