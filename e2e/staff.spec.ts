import AxeBuilder from "@axe-core/playwright";
import { StaffPage } from "./pages/staff-page";
import { SecurityPage } from "./pages/security-page";
import { SignInPage } from "./pages/sign-in-page";
import { ACCOUNTS } from "./support/accounts";
import { expect, test } from "./support/fixtures";
import { appCode } from "./support/totp";
import { either, t, tEn } from "./support/messages";

const PASSWORD = "una frase larga para entrar";


test("[ADMIN] an administrator invites a legal-aid member, who sets a password, signs in with two factors, and is thrown out live when disabled", async ({ adminPage: page, browser }) => {
  const staff = new StaffPage(page);
  await staff.goto();
  await expect(page.getByRole("heading", { level: 1, name: t("staff.title") })).toBeVisible();
  const tabs = page.getByRole("navigation", { name: t("admin.nav.label") });
  await expect(tabs.getByRole("link", { name: t("admin.nav.staff") })).toHaveAttribute("aria-current", "page");
  await expect(tabs.getByRole("link", { name: t("admin.nav.audit") })).not.toHaveAttribute("aria-current");
  const email = `invitada.${Date.now()}@consulado.test`;
  const link = await staff.invite({ email, name: "Paula Invitada", role: "LEGAL_AID", consulate: "LAX" });
  expect(link).toMatch(/\/set-password\/[A-Za-z0-9_-]{43}$/);
  await expect(staff.row(email).getByTestId("staff-state")).toHaveText(t("staff.status.invited"));

  // The invited member, in a browser of their own: Spanish first.
  const context = await browser.newContext();
  try {
    const member = await context.newPage();
    await member.goto(link);
    await expect(member.getByRole("heading", { level: 1, name: t("setPassword.title") })).toBeVisible();
    await member.getByLabel(t("setPassword.password")).fill(PASSWORD);
    await member.getByLabel(t("setPassword.confirm")).fill(PASSWORD);
    await member.getByRole("button", { name: t("setPassword.submit") }).click();
    await expect(member).toHaveURL(/\/sign-in$/);
    const signIn = new SignInPage(member);
    await signIn.signIn(email, PASSWORD);
    await expect(member).toHaveURL(/\/legal$/);

    // Two factors: turned on from /security, then the next sign-in asks for the app's code.
    const security = new SecurityPage(member);
    await security.goto();
    await security.start();
    const secret = await security.secret();
    await security.confirm(appCode(secret));
    await expect(security.recoveryCodes()).toHaveCount(10);
    await security.codesSaved();
    await member.getByRole("button", { name: t("auth.signOut") }).click();
    await expect(member).toHaveURL(/\/sign-in/);
    await signIn.signIn(email, PASSWORD);
    // The code that confirmed the enrolment is spent: the app's next one (within the allowed drift) signs in.
    await security.enterSignInCode(appCode(secret, 1));
    await expect(member).toHaveURL(/\/legal$/, { timeout: 15_000 });

    // The link worked once.
    const again = await context.newPage();
    await again.goto(link);
    await expect(again.getByTestId("set-password-invalid")).toHaveText(t("setPassword.invalid"));
    await again.close();

    await page.reload();
    await expect(staff.row(email).getByTestId("staff-state")).toHaveText(t("staff.status.active"));
    await expect(staff.row(email)).toContainText(t("staff.twoFactor.on"));
    await staff.disable(email);
    await expect(staff.row(email).getByTestId("staff-state")).toHaveText(t("staff.status.disabled"));
    // Their open page goes to sign-in by itself: nobody reloads it.
    await expect(member).toHaveURL(/\/sign-in/, { timeout: 10_000 });
    expect((await member.request.get("/api/v1/reminders")).status()).toBe(401);
  } finally {
    await context.close();
  }
});

test.describe("in English", () => {
  test.use({ uiLocale: "en" });

  test("[ADMIN] a supervisor sees only their region's officers and legal aid, and can invite only those", async ({ supervisorPage: page }) => {
    const staff = new StaffPage(page);
    await staff.goto();
    await expect(page.getByRole("heading", { level: 1, name: tEn("staff.title") })).toBeVisible();
    await expect(staff.row(ACCOUNTS.legalLA)).toBeVisible();
    await expect(staff.row(ACCOUNTS.officerLA)).toBeVisible();
    await expect(staff.row(ACCOUNTS.officerHouston)).toHaveCount(0);
    await expect(staff.row(ACCOUNTS.admin)).toHaveCount(0);
    await expect(staff.row(ACCOUNTS.supervisorOeste)).toHaveCount(0);
    const roles = page.getByTestId("staff-invite-form").getByLabel(either("staff.invite.role")).locator("option");
    await expect(roles).toHaveText([tEn("staff.invite.choose"), tEn("role.OFFICER"), tEn("role.LEGAL_AID")]);

    // The API says the same: nothing of another region, no administrator made.
    const listed = await (await page.request.get("/api/v1/staff")).text();
    expect(listed).not.toContain(ACCOUNTS.officerHouston);
    const made = await page.request.post("/api/v1/staff", { data: { email: `nope.${Date.now()}@consulado.test`, name: "No", role: "ADMIN" } });
    expect(made.status()).toBe(403);
  });
});

test("[ADMIN] officers and legal aid find no staff administration", async ({ officerPage, legalPage }) => {
  for (const page of [officerPage, legalPage]) {
    expect((await page.goto("/admin/staff"))?.status()).toBe(404);
    expect((await page.request.get("/api/v1/staff")).status()).toBe(403);
  }
});

test("[ADMIN] the staff screen meets WCAG 2 A/AA", async ({ adminPage: page }) => {
  await new StaffPage(page).goto();
  // Another's row (one's own has no actions), with its role-and-place form open.
  await page.getByTestId("staff-edit").first().click();
  await expect(page.getByRole("button", { name: t("staff.edit.save") })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const found = results.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${v.help} at ${node.target.join(" ")}`));
  expect(found, found.join("\n")).toEqual([]);
});
