import { describe, expect, it } from "vitest";
import { DESK_PATHS, safeCallbackPath } from "./desk-paths";

describe("where a sign-in goes", () => {
  it("gives each role its own desk", () => {
    expect(DESK_PATHS).toEqual({ OFFICER: "/cases", LEGAL_AID: "/legal", SUPERVISOR: "/supervision", ADMIN: "/admin/staff" });
  });

  it("follows a deep link of this site", () => {
    expect(safeCallbackPath("/cases/0b7c6f2e-1111-4e4e-8a8a-123456789abc")).toBe("/cases/0b7c6f2e-1111-4e4e-8a8a-123456789abc");
    expect(safeCallbackPath("/cases?status=NEW")).toBe("/cases?status=NEW");
  });

  it("refuses another site, the sign-in page itself, the API, and anything but one path", () => {
    for (const bad of ["//evil.example/x", "/\\evil.example", "https://evil.example/", "cases", "/sign-in", "/sign-in?callbackUrl=/x", "/api/v1/cases", "/a\nb", "", ["/cases"], undefined]) {
      expect(safeCallbackPath(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});
