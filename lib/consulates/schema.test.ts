import { describe, expect, it } from "vitest";
import { crossFieldIssues, isTimeZone, reassignCountySchema, updateSettingsSchema } from "./schema";

const settings = { ackAmberMinutes: 5, ackRedMinutes: 15, contactAmberMinutes: 30, contactRedMinutes: 60, raidProposeAt: 5, raidOpenAt: 10 };

describe("consulate settings rules", () => {
  it("wants amber before red and propose at most open", () => {
    expect(crossFieldIssues(settings)).toEqual([]);
    expect(crossFieldIssues({ ...settings, ackAmberMinutes: 15 })).toEqual([{ path: "ackRedMinutes", message: "red_after_amber" }]);
    expect(crossFieldIssues({ ...settings, contactRedMinutes: 20 })).toEqual([{ path: "contactRedMinutes", message: "red_after_amber" }]);
    expect(crossFieldIssues({ ...settings, raidProposeAt: 10 })).toEqual([]);
    expect(crossFieldIssues({ ...settings, raidProposeAt: 11 })).toEqual([{ path: "raidOpenAt", message: "open_at_least_propose" }]);
  });

  it("knows IANA zones through Intl, and nothing else", () => {
    expect(isTimeZone("America/Chicago")).toBe(true);
    expect(isTimeZone("America/Argentina/Buenos_Aires")).toBe(true);
    expect(isTimeZone("America/Atlantis")).toBe(false);
    expect(isTimeZone("+05:00")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });

  it("keeps a contact line in E.164, and an empty one as none", () => {
    expect(updateSettingsSchema.parse({ version: 0, contactPhone: "+1 (713) 555-0100" }).contactPhone).toBe("+17135550100");
    expect(updateSettingsSchema.parse({ version: 0, contactPhone: "" }).contactPhone).toBeNull();
    expect(updateSettingsSchema.safeParse({ version: 0, contactPhone: "713 555 0100" }).error?.issues[0]).toMatchObject({ path: ["contactPhone"], message: "e164" });
  });

  it("needs the version read, and refuses unknown fields", () => {
    expect(updateSettingsSchema.safeParse({ ackAmberMinutes: 5 }).success).toBe(false);
    expect(updateSettingsSchema.safeParse({ version: 0, code: "XXX" }).success).toBe(false);
  });

  it("needs a reason to reassign a county, and leaves its open cases unless asked", () => {
    const id = "0b0e8d6e-4b8a-4c43-9d7e-2f7c1c8e9a10";
    expect(reassignCountySchema.parse({ consulateId: id, reason: "Acuerdo" }).moveOpenCases).toBe(false);
    expect(reassignCountySchema.safeParse({ consulateId: id, reason: "  " }).error?.issues[0]).toMatchObject({ path: ["reason"], message: "required" });
  });
});
