import { randomBytes } from "node:crypto";
import { CasePage } from "./pages/case-page";
import { SubjectsPage } from "./pages/subjects-page";
import { expect, test } from "./support/fixtures";
import { t, tEn } from "./support/messages";
import { panicNear, postAlert, scatteredInLosAngeles } from "./support/relay";

/** A new LAX case of a person only this test has (a name word, a phone): who they are and their case. */
const newPerson = async (request: Parameters<typeof postAlert>[0]) => {
  const word = `Zq${randomBytes(3).toString("hex")}`;
  const event = panicNear({ near: scatteredInLosAngeles() });
  const person = { ...event.person, fullName: `Rosa ${word} Ortiz`, phone: `+1213${String(randomBytes(4).readUInt32BE() % 10_000_000).padStart(7, "0")}` };
  const { status, body } = await postAlert(request, { ...event, person });
  expect(status).toBe(202);
  return { word, fullName: person.fullName, phone: person.phone, caseId: body.caseId as string };
};

test("[PRIVACY] a supervisor finds a person, states why, reads the record, corrects the phone and sees the history (es)", async ({ supervisorPage, officerPage, request }) => {
  const person = await newPerson(request);
  // An officer has the case open meanwhile: the correction reaches it live.
  const officerCase = new CasePage(officerPage);
  await officerCase.goto(person.caseId);
  await expect(officerPage.getByText(person.phone).first()).toBeVisible();
  const subjects = new SubjectsPage(supervisorPage);
  await subjects.goto();
  await expect(supervisorPage.getByRole("navigation").getByRole("link", { name: t("subjects.nav") })).toBeVisible();
  await subjects.search(person.word);
  await expect(subjects.results()).toHaveCount(1);
  await expect(subjects.results().first()).toContainText(person.fullName);
  await expect(subjects.results().first()).toContainText("LAX");

  await subjects.open(person.fullName, { purpose: "records_request", text: "Solicitud 2026-117 de la persona" });
  await expect(supervisorPage.getByTestId("subject-name")).toHaveText(person.fullName);
  await expect(supervisorPage.getByTestId("subject-purpose")).toContainText(t("subjects.purpose.records_request"));
  await expect(subjects.person()).toContainText(person.phone);
  await expect(subjects.cases()).toHaveCount(1);
  await expect(subjects.cases().first().getByRole("heading", { name: t("subjects.trail.title") })).toBeVisible();
  await expect(subjects.corrections()).toContainText(t("subjects.corrections.empty"));

  const corrected = `+1310555${String(randomBytes(2).readUInt16BE() % 10_000).padStart(4, "0")}`;
  await subjects.correct({ field: "phone", value: "3105550000", reason: "La persona dio otro número" });
  await expect(supervisorPage.getByTestId("correction-form").getByRole("alert")).toContainText(t("subjects.correct.invalid", { message: "must be an E.164 phone number such as +13235550147" }));
  await subjects.correct({ field: "phone", value: corrected, reason: "La persona dio otro número" });
  await expect(supervisorPage.getByTestId("correction-form").getByRole("status")).toHaveText(t("subjects.correct.done"));
  await expect(subjects.person()).toContainText(corrected);
  const history = subjects.corrections().locator("tbody tr");
  await expect(history).toHaveCount(1);
  for (const text of [t("subjects.field.phone"), person.phone, corrected, "La persona dio otro número"]) await expect(history.first()).toContainText(text);

  // The officer's open case page shows the new phone and says what was corrected and by whom, not the values.
  const entry = officerCase.timelineOf("PERSON_CORRECTED");
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText(t("timeline.kind.PERSON_CORRECTED"));
  await expect(entry).toContainText(t("subjects.timeline.fields", { fields: t("subjects.field.phone") }));
  await expect(entry).not.toContainText(person.phone);
  await expect(officerPage.getByText(corrected).first()).toBeVisible();

  // The new phone finds the person; the old one no longer does.
  await subjects.goto(`?q=${encodeURIComponent(corrected)}`);
  await expect(subjects.results()).toHaveCount(1);
  await subjects.goto(`?q=${encodeURIComponent(person.phone)}`);
  await expect(supervisorPage.getByTestId("subjects-empty")).toBeVisible();

  // Officers have no subject view.
  expect((await officerPage.goto("/subjects"))?.status()).toBe(404);
  expect((await officerPage.request.get(`/api/v1/subjects?q=${person.word}`)).status()).toBe(403);
});

test("[PRIVACY] an administrator exports a person's record as JSON, with the purpose and who exported it (en)", async ({ signIn, request }) => {
  const person = await newPerson(request);
  const subjects = new SubjectsPage(await signIn("admin", { uiLocale: "en" }));
  await subjects.goto();
  await expect(subjects.page.getByRole("heading", { name: tEn("subjects.title") })).toBeVisible();
  await subjects.search(person.word);
  await expect(subjects.results()).toHaveCount(1);
  await subjects.open(person.fullName, { purpose: "legal_proceedings", text: "Subpoena 26-CV-0412" });
  await expect(subjects.page.getByTestId("subject-purpose")).toContainText(tEn("subjects.purpose.legal_proceedings"));
  await expect(subjects.cases()).toHaveCount(1);

  const { name, json } = await subjects.export();
  expect(name).toMatch(/^amparo-titular-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.json$/);
  expect(json).toMatchObject({
    format: "amparo.subject-record",
    version: 1,
    scope: "network",
    exportedBy: { role: "ADMIN" },
    purpose: { purpose: "legal_proceedings", purposeText: "Subpoena 26-CV-0412" },
    person: { fullName: person.fullName, phone: person.phone },
    cases: [expect.objectContaining({ id: person.caseId, consulate: expect.objectContaining({ code: "LAX" }) })],
  });
  expect(Date.parse(json.generatedAt as string)).toBeGreaterThan(Date.now() - 5 * 60_000);
  expect(JSON.stringify(json)).not.toMatch(/"lat"|"lng"/);
});
