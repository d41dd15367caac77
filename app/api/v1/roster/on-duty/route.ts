// GET /api/v1/roster/on-duty: who is on duty now at each consulate the caller reads (the queue's header).
import { listOnDuty } from "@/lib/duty/data";
import { ROSTER_READERS } from "@/lib/duty/policy";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: ROSTER_READERS }, async ({ scope }) => json(await listOnDuty(scope)));
