// "Who saw this case": every audited read of the case, per person: the reads
// of the case itself (read.case, read.legal, read.trail; the older
// case.viewed rows too) and the lists, searches and exports whose answer
// held it (data.caseIds, GIN-indexed: migration 20261227000200_read_audit),
// with what they read, when, how often, from where and why.
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
import type { ReadPurpose } from "./read-purpose";
import type { CaseViewer } from "./types";

const MAX_VIEWERS = 200;
// Per person: a few addresses and purposes are what a reader of the panel can take in.
const MAX_LISTED = 5;

type Row = {
  user_id: string;
  name: string;
  role: Role;
  consulate_code: string | null;
  action: string;
  last: Date;
  times: number;
  parts: string[] | null;
  ips: string[] | null;
  purposes: ReadPurpose[] | null;
};

/** The case's readers, the latest first; null when the case does not exist or this scope may not read it. */
export const listCaseViewers = async (scope: StaffScope, caseId: string): Promise<CaseViewer[] | null> => {
  if (!isUuid(caseId)) return null;
  const visible = await db.case.findFirst({ where: { AND: [{ id: caseId }, caseByIdWhereForScope(scope)] }, select: { id: true } });
  if (!visible) return null;
  const rows = await db.$queryRaw<Row[]>`
    WITH reads AS (
      SELECT a.id, a.actor_user_id, a.action, a.at, a.data FROM audit_log a
       WHERE a.target_type = 'case' AND a.target_id = ${visible.id}
         AND (a.action = 'case.viewed' OR a.action LIKE 'read.%')
      UNION
      SELECT a.id, a.actor_user_id, a.action, a.at, a.data FROM audit_log a
       WHERE a.data -> 'caseIds' @> jsonb_build_array(${visible.id}::text) AND a.action LIKE 'read.%'
    ), per_action AS (
      SELECT r.actor_user_id, r.action, max(r.at) AS last, count(DISTINCT r.id)::int AS times,
             array_remove(array_agg(DISTINCT p.part), NULL) AS parts,
             array_remove(array_agg(DISTINCT r.data ->> 'ip'), NULL) AS ips,
             array_remove(array_agg(DISTINCT r.data -> 'purpose'), NULL) AS purposes
        FROM reads r
        LEFT JOIN LATERAL jsonb_array_elements_text(CASE WHEN jsonb_typeof(r.data -> 'parts') = 'array' THEN r.data -> 'parts' END) p(part) ON true
       GROUP BY r.actor_user_id, r.action
    ), readers AS (
      SELECT actor_user_id, max(last) AS last FROM per_action GROUP BY actor_user_id ORDER BY last DESC LIMIT ${MAX_VIEWERS}
    )
    SELECT u.id AS user_id, u.name, u.role::text AS role, c.code AS consulate_code,
           pa.action, pa.last, pa.times, pa.parts, pa.ips, pa.purposes
      FROM per_action pa
      JOIN readers rd ON rd.actor_user_id = pa.actor_user_id
      JOIN users u ON u.id = pa.actor_user_id
      LEFT JOIN consulates c ON c.id = u.consulate_id
     ORDER BY rd.last DESC, u.name, pa.last DESC`;
  return groupByReader(rows);
};

const groupByReader = (rows: Row[]): CaseViewer[] => {
  const viewers = new Map<string, CaseViewer>();
  for (const r of rows) {
    let viewer = viewers.get(r.user_id);
    if (!viewer) {
      viewer = {
        userId: r.user_id,
        name: r.name,
        role: r.role,
        consulateCode: r.consulate_code?.trim() ?? null,
        lastViewedAt: r.last.toISOString(),
        times: 0,
        reads: [],
        parts: [],
        addresses: [],
        purposes: [],
      };
      viewers.set(r.user_id, viewer);
    }
    viewer.times += r.times;
    viewer.reads.push({ action: r.action, times: r.times, last: r.last.toISOString() });
    viewer.parts = [...new Set([...viewer.parts, ...(r.parts ?? [])])].sort();
    viewer.addresses = [...new Set([...viewer.addresses, ...(r.ips ?? [])])].slice(0, MAX_LISTED);
    const seen = new Set(viewer.purposes.map((p) => JSON.stringify(p)));
    for (const p of r.purposes ?? []) if (!seen.has(JSON.stringify(p)) && viewer.purposes.length < MAX_LISTED) viewer.purposes.push(p);
  }
  return [...viewers.values()];
};
