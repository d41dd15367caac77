// The audited read of one case (lib/audit/reads.ts): the page and the API
// read the case, then wait for its read.case row to be committed.
import "server-only";
import { readThenAudit, type ReadPart } from "@/lib/audit/reads";
import type { StaffScope } from "@/lib/server/auth/scope";
import { isUuid } from "@/lib/server/ids";
import { getCase } from "./detail-data";

/** What getCase returns of the person's data. */
export const CASE_PARTS: readonly ReadPart[] = ["person", "location", "contacts", "notes", "contact_attempts", "timeline"];

/** The case page shows the legal side too (record, family messages). */
export const CASE_PAGE_PARTS: readonly ReadPart[] = [...CASE_PARTS, "legal", "family_messages"];

type CaseRead = { scope: StaffScope; caseId: string; address: string; parts?: readonly ReadPart[] };

/** getCase, audited as read.case when it returns the case (null, for a case not found or not visible, writes nothing). */
export const getCaseAudited = async ({ scope, caseId, address, parts = CASE_PARTS }: CaseRead) => {
  if (!isUuid(caseId)) return null;
  return readThenAudit(
    () => getCase(scope, caseId),
    (detail) => (detail ? { actorUserId: scope.userId, kind: "case", caseId, parts, ip: address } : null),
  );
};
