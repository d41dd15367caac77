// POST /api/v1/transfers/:id/decline: the receiving consulate declines, with a reason; the case stays where it is.
import { transferDeclineSchema } from "@/lib/legal-aid/schema";
import { decideTransfer } from "@/lib/legal-aid/transfers";
import { readJsonWith } from "@/lib/server/http/parse-body";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const POST = withStaff<{ id: string }>(async (request, { scope, params }) => {
  const { reason } = await readJsonWith(request, transferDeclineSchema);
  return json({ transfer: await decideTransfer({ scope, transferId: params.id, accept: false, reason }) });
});
