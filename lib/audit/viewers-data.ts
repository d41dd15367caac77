// "Who viewed this case", from the audited case reads (`case.viewed`, one per
// user and case in any ten minutes: lib/cases/detail-data.ts).
//
// Everyone who may read the case sees its viewers, not only supervisors: the
// people in these cases are exposed, and a list every colleague can read
// deters a look out of curiosity better than a log only an administrator opens.
import "server-only";
import type { Role } from "@/lib/generated/prisma/enums";
import { caseByIdWhereForScope } from "@/lib/cases/policy";
import type { StaffScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { isUuid } from "@/lib/server/ids";
import type { CaseViewer } from "./types";

const MAX_VIEWERS = 200;

/** The case's viewers, the latest first; null when the case does not exist or this scope may not read it. */
export const listCaseViewers = async (scope: StaffScope, caseId: string): Promise<CaseViewer[] | null> => {
  if (!isUuid(caseId)) return null;
  const visible = await db.case.findFirst({ where: { AND: [{ id: caseId }, caseByIdWhereForScope(scope)] }, select: { id: true } });
  if (!visible) return null;
  const rows = await db.$queryRaw<{ user_id: string; name: string; role: Role; consulate_code: string | null; last: Date; times: number }[]>`
    SELECT u.id AS user_id, u.name, u.role::text AS role, c.code AS consulate_code, max(a.at) AS last, count(*)::int AS times
      FROM audit_log a
      JOIN users u ON u.id = a.actor_user_id
      LEFT JOIN consulates c ON c.id = u.consulate_id
     WHERE a.target_type = 'case' AND a.target_id = ${visible.id} AND a.action = 'case.viewed'
     GROUP BY u.id, u.name, u.role, c.code
     ORDER BY last DESC, u.name
     LIMIT ${MAX_VIEWERS}`;
  return rows.map((r) => ({
    userId: r.user_id,
    name: r.name,
    role: r.role,
    consulateCode: r.consulate_code?.trim() ?? null,
    lastViewedAt: r.last.toISOString(),
    times: r.times,
  }));
};
