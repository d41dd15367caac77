// The audited reads of one case (lib/audit/reads.ts): the page and the API
// read the case and write its read.case row side by side.
import "server-only";
import { readAudited, type ReadPart } from "@/lib/audit/reads";
import type { StaffScope } from "@/lib/server/auth/scope";
import { isUuid } from "@/lib/server/ids";
import { getCase } from "./detail-data";

/** What getCase returns of the person's data. */
export const CASE_PARTS: readonly ReadPart[] = ["person", "location", "contacts", "notes", "contact_attempts", "timeline"];

/** The case page shows the legal side too (record, family messages). */
export const CASE_PAGE_PARTS: readonly ReadPart[] = [...CASE_PARTS, "legal", "family_messages"];

type CaseRead = { scope: StaffScope; caseId: string; address: string; parts?: readonly ReadPart[] };

/**
 * getCase, audited as read.case. The row is written while the case is read,
 * so it stands for a request for the case, found or not (a probe of another
 * consulate's case id is worth the row too); a malformed id is no read.
 */
export const getCaseAudited = async ({ scope, caseId, address, parts = CASE_PARTS }: CaseRead) => {
  if (!isUuid(caseId)) return null;
  return readAudited({ actorUserId: scope.userId, kind: "case", caseId, parts, ip: address }, () => getCase(scope, caseId));
};
