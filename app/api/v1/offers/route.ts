// GET /api/v1/offers: the cases other consulates' escalation offered to the caller's consulate, open to take.
import { CASE_ROLES } from "@/lib/cases/policy";
import { listOfferedCases } from "@/lib/escalation/data";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: CASE_ROLES }, async ({ scope }) => json({ offers: await listOfferedCases(scope) }));
