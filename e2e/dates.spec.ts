// Dates follow the page's language (the UI locale), not the browser's: a
// Spanish desk in an English browser writes "14 ene 2027", and the other way
// round. The date inputs themselves are drawn by the browser in its own
// language; their hints repeat the chosen date in the page's.
import { CaseApi, CasePage } from "./pages/case-page";
import { LegalCasePage } from "./pages/legal-case-page";
import { expect, test } from "./support/fixtures";
import { t, tEn } from "./support/messages";
import { LOS_ANGELES, panicNear, postAlert } from "./support/relay";

test.describe.configure({ timeout: 120_000 });

const REFER = [{ to: "ACKNOWLEDGED" }, { to: "IN_CONTACT" }, { to: "DETENTION_CONFIRMED" }, { to: "REFERRED_LEGAL_AID" }];
// 14 January 2027, 13:30 in Los Angeles: a month whose name differs in the two languages.
const HEARING_AT = new Date("2027-01-14T21:30:00.000Z");

test("[LEGAL] dates are in the page's language whatever the browser's: Spanish in an en-US browser, English in an es-MX one", async ({ signIn, apiAs, request }) => {
  const posted = await postAlert(request, panicNear({ near: LOS_ANGELES }));
  expect(posted.status).toBe(202);
  const caseId = posted.body.caseId as string;
  await new CaseApi(await apiAs("officerLA")).advance(caseId, REFER);

  // A Spanish desk in a browser set to American English.
  const spanish = await signIn("legalLA", { locale: "en-US" });
  expect(await spanish.evaluate(() => navigator.language)).toBe("en-US");
  const ui = new LegalCasePage(spanish);
  await new CasePage(spanish).goto(caseId);
  await spanish.getByTestId("legal-record").getByLabel(t("legal.field.detainedOn")).fill("2027-01-14");
  await expect(spanish.getByTestId("detained-on-hint")).toHaveText("14 de enero de 2027");
  await spanish.getByTestId("hearing-form").getByLabel(t("legal.field.scheduledAt")).fill("2027-01-14T13:30");
  await expect(spanish.getByTestId("hearing-form")).toContainText(/14 ene\.? 2027, 13:30:00/);
  await ui.addHearing({ court: "Corte de Inmigración de Los Ángeles", at: HEARING_AT });
  const hearing = ui.hearings().filter({ hasText: "Corte de Inmigración de Los Ángeles" });
  await expect(hearing.locator("time").first()).toHaveText(/^14 ene\.? 2027, 13:30:00 /);
  await expect(hearing).not.toContainText("Jan");
  // The timeline's own times too: the alert arrived today, written the Spanish way (no "AM"/"PM", no English month).
  await expect(new CasePage(spanish).timelineOf("ALERT_RECEIVED").locator("time")).not.toHaveText(/AM|PM|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/);

  // An English desk in a browser set to Mexican Spanish.
  const english = await signIn("legalLA", { uiLocale: "en", locale: "es-MX" });
  expect(await english.evaluate(() => navigator.language)).toBe("es-MX");
  await new CasePage(english).goto(caseId);
  const inEnglish = new LegalCasePage(english).hearings().filter({ hasText: "Corte de Inmigración de Los Ángeles" });
  await expect(inEnglish.locator("time").first()).toHaveText(/^Jan 14, 2027, 13:30:00 /);
  await english.getByTestId("legal-record").getByLabel(tEn("legal.field.detainedOn")).fill("2027-01-14");
  await expect(english.getByTestId("detained-on-hint")).toHaveText("January 14, 2027");
});
