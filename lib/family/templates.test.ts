import { describe, expect, it } from "vitest";
import { firstName, formatBond, formatHearingDate, renderFamilyMessage } from "./templates";

const base = { person: "María", caseNumber: "LAX-2026-000123" };

describe("renderFamilyMessage", () => {
  it("fills a template in the contact's language", () => {
    const es = renderFamilyMessage({
      template: "located_at_facility",
      locale: "es",
      params: { ...base, facility: "Adelanto ICE Processing Center", city: "Adelanto", state: "CA" },
    });
    expect(es).toEqual({
      ok: true,
      body: "Consulado de México: María se encuentra en Adelanto ICE Processing Center, Adelanto, CA. Le mantendremos informado. Caso LAX-2026-000123.",
      params: { ...base, facility: "Adelanto ICE Processing Center", city: "Adelanto", state: "CA" },
    });
    const en = renderFamilyMessage({ template: "released", locale: "en", params: base });
    expect(en).toMatchObject({ ok: true, body: "Consulate of Mexico: María has been released. Case LAX-2026-000123." });
  });

  it("refuses anything the template does not allow: extra fields, links, free text, missing values", () => {
    expect(renderFamilyMessage({ template: "released", locale: "es", params: { ...base, note: "hola" } }).ok).toBe(false);
    expect(renderFamilyMessage({ template: "released", locale: "es", params: { ...base, person: "visit www.evil.example" } }).ok).toBe(false);
    expect(renderFamilyMessage({ template: "released", locale: "es", params: { ...base, person: "Ana. Pague aquí: 555-1234" } }).ok).toBe(false);
    expect(renderFamilyMessage({ template: "transferred", locale: "es", params: base }).ok).toBe(false);
    expect(renderFamilyMessage({ template: "bond_set", locale: "es", params: { ...base, amount: "call me" } }).ok).toBe(false);
    expect(renderFamilyMessage({ template: "released", locale: "es", params: { ...base, person: "x".repeat(61) } }).ok).toBe(false);
  });

  it("formats dates in the consulate's zone and amounts in dollars, and keeps only a first name", () => {
    const date = formatHearingDate(new Date("2026-03-12T16:30:00Z"), { locale: "es", timeZone: "America/Los_Angeles" });
    expect(date).toMatch(/\b0?9:30\b/);
    expect(date).toMatch(/12 de marzo de 2026/);
    expect(formatBond(150000, "en")).toBe("$1,500.00");
    expect(renderFamilyMessage({ template: "bond_set", locale: "es", params: { ...base, amount: formatBond(150000, "es") } }).ok).toBe(true);
    expect(firstName("  María Guadalupe Hernández ")).toBe("María");
  });
});
