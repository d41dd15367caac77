// What legal-aid work reads of a case, and who may do it: writers only
// (officers, legal-aid staff, supervisors), and never on an ended case until
// it is reopened. The write itself is lib/cases' writeCase.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StaffScope } from "@/lib/server/auth/scope";
import type { CaseRow } from "@/lib/cases/write";
import { assertCanWriteLegal } from "./policy";

const legalCaseSelect = {
  id: true,
  number: true,
  status: true,
  version: true,
  consulateId: true,
  ownerId: true,
  personId: true,
  consulate: { select: { code: true, name: true, timeZone: true, regionId: true } },
} satisfies Prisma.CaseSelect;

export type LegalCase = CaseRow<typeof legalCaseSelect>;

/** writeCase options for legal-aid work on a case (its legal record, hearings, tasks, transfers, family messages). */
export const onLegalCase = ({ scope, caseId }: { scope: StaffScope; caseId: string }) => ({
  scope,
  caseId,
  select: legalCaseSelect,
  policy: (row: LegalCase) => assertCanWriteLegal(scope, row.status),
});
