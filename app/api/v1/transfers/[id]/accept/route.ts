// POST /api/v1/transfers/:id/accept: the receiving consulate takes the case; the sending one stops seeing it.
import { CASE_ROLES } from "@/lib/cases/policy";
import { emptyBodySchema } from "@/lib/legal-aid/schema";
import { decideTransfer } from "@/lib/legal-aid/transfers";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const POST = withStaff({ roles: CASE_ROLES, body: emptyBodySchema }, async ({ scope, params }) =>
  json({ transfer: await decideTransfer({ scope, transferId: params.id, accept: true }) }),
);
