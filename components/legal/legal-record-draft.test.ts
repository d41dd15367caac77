import { describe, expect, it } from "vitest";
import { draftToPatch, toDraft } from "./legal-record-draft";

const record = {
  facilityId: null,
  facilityOther: "Cárcel del condado de Kern",
  detainedOn: "2026-03-01",
  custodyStatus: "DETAINED",
  bondAmountCents: 150_000,
  bondStatus: "SET",
  lawyerName: null,
  lawyerPhone: null,
  partnerOrg: "CHIRLA",
  assigneeId: null,
  documents: { PASSPORT: "RECEIVED" },
};

describe("draftToPatch", () => {
  it("sends nothing when nothing changed", () => {
    const base = toDraft(record, "012345678");
    expect(base.facilityMode).toBe("other");
    expect(base.aNumber).toBe("A012-345-678");
    expect(draftToPatch(base, base)).toEqual({ patch: {}, errors: {} });
  });

  it("sends only the changed fields, normalised", () => {
    const base = toDraft(record, null);
    const draft = { ...base, aNumber: "A 12-345-678", bondAmount: "$2,000", lawyerName: " Lic. Ruiz ", partnerOrg: "" };
    draft.documents = { ...base.documents, NOTICE_TO_APPEAR: "REQUESTED" };
    expect(draftToPatch(base, draft)).toEqual({
      patch: { aNumber: "012345678", bondAmountCents: 200_000, lawyerName: "Lic. Ruiz", partnerOrg: null, documents: { NOTICE_TO_APPEAR: "REQUESTED" } },
      errors: {},
    });
  });

  it("switching from free text to a listed facility clears the text", () => {
    const base = toDraft(record, null);
    const { patch } = draftToPatch(base, { ...base, facilityMode: "list", facilityId: "5f0c1a3e-8d0b-4a59-9e51-0b6a4f4a7c11" });
    expect(patch).toEqual({ facilityId: "5f0c1a3e-8d0b-4a59-9e51-0b6a4f4a7c11", facilityOther: null });
  });

  it("names the fields to fix", () => {
    const base = toDraft(null, null);
    expect(draftToPatch(base, { ...base, aNumber: "12-34", bondAmount: "mil" }).errors).toEqual({ aNumber: "a_number_format", bondAmount: "amount" });
  });
});
