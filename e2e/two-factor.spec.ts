import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { SecurityPage } from "./pages/security-page";
import { SignInPage } from "./pages/sign-in-page";
import { ACCOUNTS, PASSWORD } from "./support/accounts";
import { sql } from "./support/database";
import { baseURL } from "./playwright.config";
import { expect, test } from "./support/fixtures";
import { appCode } from "./support/totp";
import { t, tEn } from "./support/messages";

// A legal-aid member of the spec's own (the demo accounts' password hash, copied):
// turning two factors on for a demo account would lock the other specs out of it.
const newLegalAid = async (locale: "es" | "en") => {
  const email = `dos-pasos-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@amparo.demo`;
  await sql(
    `INSERT INTO "users" ("id", "email", "name", "role", "consulate_id", "password_hash", "locale")
     SELECT gen_random_uuid(), $1, 'Asesora Dos Pasos', 'LEGAL_AID', "consulate_id", "password_hash", $2 FROM "users" WHERE "email" = $3`,
    [email, locale, ACCOUNTS.legalLA],
  );
  return email;
};


const withLocale = async (page: Page, locale: "es" | "en") =>
  page.context().addCookies([{ name: "amparo-locale", value: locale, url: baseURL }]);

const expectNoViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const found = results.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${v.help} at ${node.target.join(" ")}`));
  expect(found, found.join("\n")).toEqual([]);
};

const signedIn = async (page: Page) => expect(page).not.toHaveURL(/\/sign-in/, { timeout: 15_000 });

test("[ADMIN] a staff member turns on two-step verification and signs in with password and code", async ({ page }) => {
  const email = await newLegalAid("es");
  await withLocale(page, "es");
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, PASSWORD);
  await signedIn(page);

  const security = new SecurityPage(page);
  await security.goto();
  await expect(security.status()).toHaveText(t("twoFactor.status.off"));
  await security.start();
  const secret = await security.secret();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expect(page.getByRole("img", { name: t("twoFactor.scan.qrAlt") })).toBeVisible();
  await expectNoViolations(page);
  await security.confirm(appCode(secret));
  await expect(security.recoveryCodes()).toHaveCount(10);
  await security.codesSaved();
  await expect(security.status()).toContainText(t("twoFactor.status.codesLeft", { count: 10 }));

  await page.getByRole("button", { name: t("auth.signOut") }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn.signIn(email, PASSWORD);
  // The password was right: the second step, with the password kept only in the form's memory.
  await expect(security.signInCodeField()).toBeFocused();
  await expect(page.getByLabel(t("auth.password"))).toHaveCount(0);
  await expectNoViolations(page);
  // The code that confirmed the enrolment is spent: the app's next one (one step of drift) signs in.
  await security.enterSignInCode(appCode(secret, 1));
  await signedIn(page);
  await security.goto();
  await expect(security.status()).toContainText(t("twoFactor.status.codesLeft", { count: 10 }));
});

test("[ADMIN] a wrong code is refused with a clear message, in English", async ({ page }) => {
  const email = await newLegalAid("en");
  await withLocale(page, "en");
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, PASSWORD);
  await signedIn(page);
  // Enrolled through the API this time (the page is the other test's): the same routes the page calls.
  const started = await page.request.post("/api/v1/profile/two-factor");
  expect(started.status()).toBe(201);
  const { enrolment } = (await started.json()) as { enrolment: { secret: string } };
  expect((await page.request.post("/api/v1/profile/two-factor/confirm", { data: { code: appCode(enrolment.secret) } })).status()).toBe(200);

  await page.getByRole("button", { name: tEn("auth.signOut") }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn.signIn(email, PASSWORD);
  const security = new SecurityPage(page);
  const right = appCode(enrolment.secret, 1);
  const wrong = String((Number(right) + 500_000) % 1_000_000).padStart(6, "0");
  await security.enterSignInCode(wrong);
  await expect(signIn.error()).toHaveText(tEn("twoFactor.signIn.wrongCode"));
  await expect(security.signInCodeField()).toHaveValue("");
  await expect(page).toHaveURL(/\/sign-in/);
  await security.enterSignInCode(right);
  await signedIn(page);
});
