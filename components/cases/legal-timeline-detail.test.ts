import { describe, expect, it } from "vitest";
import { formatCalendarDate } from "@/lib/i18n/format";
import { catalogs } from "@/lib/i18n/messages";
import { translator } from "@/lib/i18n/translate";
import { describeLegalEntry } from "./legal-timeline-detail";

const options = { t: translator(catalogs.es), formatWhen: (iso: string) => `<${iso}>` };

describe("describeLegalEntry", () => {
  it("lists each changed field of the record with before and after, in words", () => {
    const changes = [
      { field: "aNumber", before: null, after: "012345678" },
      { field: "custodyStatus", before: "DETAINED", after: "RELEASED_ON_BOND" },
      { field: "bondAmountCents", before: null, after: 150000 },
      { field: "documents.PASSPORT", before: "MISSING", after: "RECEIVED" },
      { field: "facility", before: "Adelanto ICE Processing Center", after: null },
    ];
    expect(describeLegalEntry("LEGAL_RECORD_CHANGED", { changes }, options)).toEqual([
      "Número A: — → A012-345-678",
      "Situación de custodia: Detenido → Liberado bajo fianza",
      "Monto de la fianza: — → $1500.00",
      "Pasaporte: Falta → Recibido",
      "Centro de detención: Adelanto ICE Processing Center → —",
    ]);
  });

  it("says a detention's date in the page's language", () => {
    const changes = [{ field: "detainedOn", before: null, after: "2026-12-05" }];
    expect(describeLegalEntry("LEGAL_RECORD_CHANGED", { changes }, { ...options, formatDay: (day) => formatCalendarDate(day, "es") })).toEqual([
      "Fecha de detención: — → 5 de diciembre de 2026",
    ]);
    const en = { t: translator(catalogs.en), formatWhen: options.formatWhen, formatDay: (day: string) => formatCalendarDate(day, "en") };
    expect(describeLegalEntry("LEGAL_RECORD_CHANGED", { changes }, en)).toEqual(["Date detained: — → December 5, 2026"]);
  });

  it("names the hearing or task, and tasks cancelled by a close", () => {
    expect(describeLegalEntry("HEARING_SCHEDULED", { court: "Adelanto", scheduledAt: "2026-03-14T17:00:00.000Z" }, options)).toEqual([
      "Audiencia en Adelanto, <2026-03-14T17:00:00.000Z>",
    ]);
    const closed = { title: "Llamar", reason: "case_closed", changes: [{ field: "status", before: "OPEN", after: "CANCELLED" }] };
    expect(describeLegalEntry("TASK_CHANGED", closed, options)).toEqual(["Llamar", "Estado: Abierta → Cancelada", "Cancelada al cerrar el caso"]);
  });

  it("leaves other kinds to the case timeline, and ignores malformed data", () => {
    expect(describeLegalEntry("NOTE_ADDED", {}, options)).toBeNull();
    expect(describeLegalEntry("LEGAL_RECORD_CHANGED", { changes: [null, { field: 3 }] }, options)).toEqual([]);
  });
});
