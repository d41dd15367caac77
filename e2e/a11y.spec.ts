import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { CaseApi, CasePage } from "./pages/case-page";
import { CaseListPage } from "./pages/case-list-page";
import { expect, test } from "./support/fixtures";
import { pattern, t } from "./support/messages";
import { LOS_ANGELES, panicNear, postAlert } from "./support/relay";

/** Every WCAG 2 A/AA violation axe finds, one readable line per offending element. */
const violations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id} (${v.impact}): ${v.help}\n    at ${node.target.join(" ")}\n    ${node.failureSummary?.replaceAll("\n", "\n    ")}`),
  );
};

const expectNoViolations = async (page: Page) => {
  const found = await violations(page);
  expect(found, `axe found ${found.length} WCAG 2 A/AA violations:\n${found.join("\n")}`).toEqual([]);
};

test("[TRIAGE] the queue has no WCAG 2 A/AA violations", async ({ officerPage: page, request }) => {
  expect((await postAlert(request, panicNear({ near: LOS_ANGELES }))).status).toBe(202);
  const queue = new CaseListPage(page);
  await queue.goto();
  await expect(queue.rows().first()).toBeVisible();
  await expectNoViolations(page);
});

test("[TRIAGE] a case page being worked has no WCAG 2 A/AA violations, nor has its dialog", async ({ officerPage: page, request }) => {
  const posted = await postAlert(request, panicNear({ near: LOS_ANGELES }));
  const caseId = posted.body.caseId as string;
  const api = new CaseApi(page.request);
  await api.advance(caseId, [{ to: "ACKNOWLEDGED" }, { to: "IN_CONTACT" }]);
  await expect(api.note(caseId, "Primera llamada hecha.")).resolves.toBeOK();
  const ui = new CasePage(page);
  await ui.goto(caseId);
  await ui.logContact({ choice: pattern("caseWork.contactForm.quickPerson"), result: t("caseWork.contactResult.NO_ANSWER") });
  await expectNoViolations(page);

  await ui.action(t("caseWork.action.NOT_DETAINED")).click();
  await expect(ui.dialog()).toBeVisible();
  await ui.dialog().getByRole("button", { name: t("caseWork.action.NOT_DETAINED") }).click();
  await expect(ui.dialog().getByRole("textbox")).toHaveAttribute("aria-invalid", "true");
  await expectNoViolations(page);
});
