import { describe, expect, it } from "vitest";
import type { RequestFailure } from "@/lib/client/request";
import { catalogs } from "@/lib/i18n/messages";
import { translator } from "@/lib/i18n/translate";
import { incidentFailureText, offersReload, STALE_NAMED, staleCases, staleText } from "./bulk-failure";

const es = translator(catalogs.es);
const en = translator(catalogs.en);
const stale = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `c${i}`, number: `LAX-2026-00010${i}` }));
const conflict = (list?: { id: string; number: string }[]): RequestFailure => ({
  kind: "conflict",
  reason: "stale",
  currentStatus: null,
  case: null,
  ...(list ? { stale: list } : {}),
});

describe("a bulk action's stale refusal", () => {
  it("counts and names the cases that changed, and says what to do", () => {
    expect(staleText(stale(2), es)).toBe("2 casos cambiaron mientras tanto: LAX-2026-000100, LAX-2026-000101 — Volver a cargar y reintentar");
    expect(staleText(stale(2), en)).toBe("2 cases changed meanwhile: LAX-2026-000100, LAX-2026-000101 — Reload and retry");
  });

  it("says one case in the singular", () => {
    expect(staleText(stale(1), es)).toBe("1 caso cambió mientras tanto: LAX-2026-000100 — Volver a cargar y reintentar");
  });

  it("names the first few of many, and still counts them all", () => {
    const text = staleText(stale(12), es);
    expect(text.startsWith("12 casos cambiaron")).toBe(true);
    expect(text).toContain(`LAX-2026-00010${STALE_NAMED - 1}, …`);
    expect(text).not.toContain(`LAX-2026-00010${STALE_NAMED}`);
  });

  it("reads the stale list from a 409 and nothing else", () => {
    expect(staleCases(conflict(stale(3)))?.length).toBe(3);
    expect(staleCases(conflict())).toBeNull();
    expect(staleCases({ kind: "network" })).toBeNull();
    expect(incidentFailureText(conflict(stale(1)), en)).toContain("1 case changed meanwhile");
    expect(incidentFailureText(conflict(), en)).toBe(en("incidents.error.changed"));
    expect(offersReload(conflict())).toBe(true);
    expect(offersReload({ kind: "network" })).toBe(false);
  });

  it("names the cases an action cannot apply to, for a 409 and a 403 alike, and offers no reload for them", () => {
    const refused = [{ id: "c1", number: "LAX-2026-000100", reason: "not_allowed" }];
    const conflictRefused: RequestFailure = { kind: "conflict", reason: "refused", currentStatus: null, case: null, refused };
    expect(incidentFailureText(conflictRefused, es)).toBe(
      "1 caso no admite esta acción: LAX-2026-000100. No se cambió ninguno; quítelo de la selección y reintente.",
    );
    expect(incidentFailureText({ kind: "forbidden", reason: "refused", refused: [...refused, { ...refused[0], number: "LAX-2026-000101" }] }, en)).toBe(
      "2 cases do not allow this action: LAX-2026-000100, LAX-2026-000101. None was changed; unpick them and retry.",
    );
    expect(offersReload(conflictRefused)).toBe(false);
  });
});
