// docs/alert-api.md is the repository's copy of the intake contract, which
// lives in ../shared/ALERT_API.md beside the clone: the copy must say the same.
// Where the clone has no ../shared beside it, the copy must still be the
// contract as last compared: its SHA-256, recorded here when it was.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const copy = readFileSync(path.resolve("docs/alert-api.md"), "utf8");
const shared = path.resolve("../shared/ALERT_API.md");
/** sha256 of ../shared/ALERT_API.md when the copy was last compared with it. Update both together. */
const CONTRACT_SHA256 = "2a36ba2441aa645eac24972cc506c9c0540e8863a849ff298077cbd09ac9e5cd";

describe("[INTAKE] the contract's copy", () => {
  it("is in the repository", () => {
    expect(copy).toContain("# Panic-alert intake contract, v1");
  });

  it("says exactly what ../shared/ALERT_API.md says (or, without it, what it said when last compared)", () => {
    if (existsSync(shared)) expect(copy).toBe(readFileSync(shared, "utf8"));
    expect(createHash("sha256").update(copy).digest("hex")).toBe(CONTRACT_SHA256);
  });
});
