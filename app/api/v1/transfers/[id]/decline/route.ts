// POST /api/v1/transfers/:id/decline: the receiving consulate declines, with a reason; the case stays where it is.
import { CASE_ROLES } from "@/lib/cases/policy";
import { transferDeclineSchema } from "@/lib/legal-aid/schema";
import { decideTransfer } from "@/lib/legal-aid/transfers";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const POST = withStaff({ roles: CASE_ROLES, body: transferDeclineSchema }, async ({ scope, params, body: { reason } }) =>
  json({ transfer: await decideTransfer({ scope, transferId: params.id, accept: false, reason }) }),
);
