import { describe, expect, it } from "vitest";
import { catalogs } from "@/lib/i18n/messages";
import { KNOWN_AUDIT_ACTIONS } from "./actions";
import { READ_KINDS } from "./read-kinds";

describe("the audit view's actions", () => {
  it("lists every kind of read the read audit writes", () => {
    for (const kind of READ_KINDS) expect(KNOWN_AUDIT_ACTIONS).toContain(`read.${kind}`);
  });

  it("names every action it lists in Spanish and in English, never by its code", () => {
    for (const locale of ["es", "en"] as const) {
      const missing = KNOWN_AUDIT_ACTIONS.filter((action) => !Object.hasOwn(catalogs[locale], `audit.action.${action}`));
      expect(missing, locale).toEqual([]);
    }
  });
});
