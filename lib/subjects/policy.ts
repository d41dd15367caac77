// Who may read a person's whole record: supervisors, for the people with a
// case in their region (and only those cases), and administrators across the
// network, who otherwise read no case: here only with a stated purpose, each
// read audited (lib/subjects/audit.ts). Officers and legal aid work the case
// page; they have no subject view.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { caseWhereForScope } from "@/lib/cases/policy";
import type { StaffScope } from "@/lib/server/auth/scope";

export const SUBJECT_ROLES: readonly Role[] = ["SUPERVISOR", "ADMIN"];

export const readsSubjects = (scope: Pick<StaffScope, "role">) => SUBJECT_ROLES.includes(scope.role);

/** The cases of a person this scope sees in the subject view: a supervisor's region's (lib/cases/policy.ts), an administrator's all. */
export const subjectCaseWhere = (scope: StaffScope): Prisma.CaseWhereInput => {
  switch (scope.role) {
    case "ADMIN":
      return {};
    case "SUPERVISOR":
      return caseWhereForScope(scope);
    default:
      return { id: { in: [] } };
  }
};

/** The people this scope may look up: those with at least one case it sees. */
export const subjectPersonWhere = (scope: StaffScope): Prisma.PersonWhereInput => ({ cases: { some: subjectCaseWhere(scope) } });
