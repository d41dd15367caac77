// POST /api/v1/offers/:id/take: an officer of the backup consulate takes a case offered to it; it becomes theirs.
import { emptyBodySchema } from "@/lib/legal-aid/schema";
import { takeOffer } from "@/lib/escalation/mutations";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const POST = withStaff({ roles: ["OFFICER"], body: emptyBodySchema }, async ({ scope, params }) =>
  json({ case: await takeOffer({ scope, offerId: params.id }) }),
);
