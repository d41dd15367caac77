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

describe("the actions the desk writes", () => {
  it("are all listed, so the audit view names each in words", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const root = join(import.meta.dirname, "../..");
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? entry.name === "generated" || entry.name === "testing"
            ? []
            : sources(join(dir, entry.name))
          : /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)
            ? [join(dir, entry.name)]
            : [],
      );
    const written = new Set(
      ["lib", "app"].flatMap((dir) => sources(join(root, dir))).flatMap((file) => [...readFileSync(file, "utf8").matchAll(/\baction: "([a-z_]+(?:\.[a-z_]+)+)"/g)].map((m) => m[1])),
    );
    // A form's field-to-message map ({ action: "audit.filter.action" }) names a message, not an action.
    for (const key of written) if (Object.hasOwn(catalogs.es, key)) written.delete(key);
    expect(written.size).toBeGreaterThan(20);
    expect([...written].filter((action) => !(KNOWN_AUDIT_ACTIONS as readonly string[]).includes(action)).sort()).toEqual([]);
  });
});
