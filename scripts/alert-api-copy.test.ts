// docs/ALERT_API.md is the repository's copy of the intake contract, which
// lives in ../shared/ALERT_API.md beside the clone: the copy must say the same.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const copy = path.resolve("docs/ALERT_API.md");
const shared = path.resolve("../shared/ALERT_API.md");

describe("[INTAKE] the contract's copy", () => {
  it("is in the repository", () => {
    expect(readFileSync(copy, "utf8")).toContain("# Panic-alert intake contract, v1");
  });

  it.runIf(existsSync(shared))("says exactly what ../shared/ALERT_API.md says", () => {
    expect(readFileSync(copy, "utf8")).toBe(readFileSync(shared, "utf8"));
  });
});
