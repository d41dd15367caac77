import { describe, expect, it } from "vitest";
import { en } from "./messages/en";
import { es } from "./messages/es";
import { translate } from "./translate";

describe("translate", () => {
  it("fills placeholders by name", () => {
    expect(translate(es, "cases.announce.new", { number: "LAX-2026-000123" })).toBe("Nuevo caso LAX-2026-000123");
    expect(translate(en, "flag.pressedAgain", { count: 3 })).toBe("Pressed again ×3");
  });

  it("leaves a placeholder without a value visible", () => {
    expect(translate(es, "header.scope.consulate")).toBe("Consulado {code}");
  });

  it("has the same placeholders in both catalogs", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(es) as (keyof typeof es)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(es[key]));
    }
  });
});
