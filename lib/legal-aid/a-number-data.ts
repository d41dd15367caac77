// Who may be told that an A-number is taken (lib/legal-aid/record.ts).
import "server-only";
import { db } from "@/lib/server/db";
import type { StaffScope } from "@/lib/server/auth/scope";
import { caseWhereForScope } from "@/lib/cases/policy";

/** Whether the person holding this A-number has a case this scope may see. */
export const holdsVisibleANumber = async (scope: StaffScope, aNumber: string) =>
  (await db.person.count({ where: { aNumber, cases: { some: caseWhereForScope(scope) } } })) > 0;
