import { describe, expect, it } from "vitest";
import { contactAttemptSchema } from "@/lib/cases/schema";
import { catalogs } from "@/lib/i18n/messages";
import { translator } from "@/lib/i18n/translate";
import { failureMessage, failureNeedsRefresh, fieldErrors } from "./write-failure";

const t = translator(catalogs.es);

describe("failureMessage", () => {
  it("names the status a conflict found, as the officer reads it", () => {
    const failure = { kind: "conflict", reason: "stale_version", currentStatus: "ACKNOWLEDGED", case: null } as const;
    expect(failureMessage(failure, { t, shownStatus: "NEW" })).toBe(
      "Otra persona cambió este caso: ahora está en «Recibido». Se muestra la versión más reciente.",
    );
  });

  it("falls back to the shown status, and says why a reopen was refused", () => {
    expect(failureMessage({ kind: "conflict", reason: "not_allowed", currentStatus: null, case: null }, { t, shownStatus: "CLOSED" })).toContain(
      "«Cerrado»",
    );
    expect(failureMessage({ kind: "conflict", reason: "open_case_exists", currentStatus: "CLOSED", case: null }, { t })).toBe(
      "No se puede reabrir: la persona ya tiene otro caso abierto.",
    );
  });

  it("says who owns the case when the user is not its owner", () => {
    expect(failureMessage({ kind: "forbidden", reason: "not_owner", owner: "Ana López" }, { t })).toBe("Este caso lo lleva Ana López.");
    expect(failureMessage({ kind: "forbidden", reason: "not_owner", owner: null }, { t })).toBe("Solo quien lleva el caso puede hacer esto.");
    expect(failureMessage({ kind: "forbidden", reason: "duress", owner: null }, { t })).toMatch(/coacción/);
    expect(failureMessage({ kind: "forbidden", reason: "role", owner: null }, { t })).toBe("Su función no permite esta acción.");
  });

  it("re-reads the page only when the server holds something newer", () => {
    expect(failureNeedsRefresh({ kind: "conflict", reason: "stale_version", currentStatus: null, case: null })).toBe(true);
    expect(failureNeedsRefresh({ kind: "forbidden", reason: "role", owner: null })).toBe(true);
    expect(failureNeedsRefresh({ kind: "network" })).toBe(false);
    expect(failureNeedsRefresh({ kind: "invalid", issues: [] })).toBe(false);
  });
});

describe("fieldErrors", () => {
  it("maps the shared schema's issues to one message per field", () => {
    const parsed = contactAttemptSchema.safeParse({ contactName: "  ", phone: "1".repeat(40) });
    expect(parsed.success).toBe(false);
    expect(fieldErrors(parsed.error!.issues, t)).toEqual({
      contactName: "Este campo es obligatorio.",
      phone: "Demasiado largo: máximo 32 caracteres.",
      result: "Revise este campo.",
    });
  });

  it("reads the server's dotted paths", () => {
    expect(fieldErrors([{ path: "reason", message: "required" }], t)).toEqual({ reason: "Este campo es obligatorio." });
  });
});
