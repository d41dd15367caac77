// GET /api/v1/transfers/incoming: transfer requests waiting for the caller's consulate (or region) to answer.
import { CASE_ROLES } from "@/lib/cases/policy";
import { listIncomingTransfers } from "@/lib/legal-aid/transfers-data";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: CASE_ROLES }, async ({ scope }) => json({ transfers: await listIncomingTransfers(scope) }));
