import { describe, expect, it } from "vitest";
import { catalogs } from "@/lib/i18n/messages";
import { translator } from "@/lib/i18n/translate";
import { describeEscalationEntry } from "./escalation-timeline-detail";

const es = translator(catalogs.es);
const en = translator(catalogs.en);

describe("describeEscalationEntry", () => {
  it("says the step and how many were told, in Spanish and English", () => {
    expect(describeEscalationEntry("ESCALATED", { step: "red", level: "SUPERVISORS", told: 3 }, es)).toEqual([
      "Sin tomar a la meta roja: aviso a la supervisión de la región y a la guardia",
      "3 personas avisadas",
    ]);
    expect(describeEscalationEntry("ESCALATED", { step: "amber", told: 1 }, en)).toEqual([
      "Not taken by the amber target: the consulate's on-duty staff told",
      "1 person told",
    ]);
    expect(describeEscalationEntry("ESCALATED", { step: "duress", told: 0 }, es)).toEqual([
      "Cancelación bajo coacción: aviso inmediato a la supervisión y a la guardia",
      "No había nadie a quien avisar",
    ]);
  });

  it("names the consulates of an offer, and renders nothing of an unknown shape", () => {
    expect(describeEscalationEntry("OFFERED_TO_BACKUP", { fromConsulateCode: "LAX", toConsulateCode: "SAN" }, es)).toEqual(["De LAX a SAN"]);
    expect(describeEscalationEntry("OFFER_TAKEN", { fromConsulateCode: "LAX", toConsulateCode: "SAN" }, en)).toEqual(["SAN took it (offered by LAX)"]);
    expect(describeEscalationEntry("ESCALATED", { step: "lunch", told: "many" }, es)).toEqual([]);
    expect(describeEscalationEntry("NOTE_ADDED", {}, es)).toBeNull();
  });
});
