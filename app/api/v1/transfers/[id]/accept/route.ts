// POST /api/v1/transfers/:id/accept: the receiving consulate takes the case; the sending one stops seeing it.
import { emptyBodySchema } from "@/lib/legal-aid/schema";
import { decideTransfer } from "@/lib/legal-aid/transfers";
import { readJsonWith } from "@/lib/server/http/parse-body";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const POST = withStaff<{ id: string }>(async (request, { scope, params }) => {
  await readJsonWith(request, emptyBodySchema);
  return json({ transfer: await decideTransfer({ scope, transferId: params.id, accept: true }) });
});
