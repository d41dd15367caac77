// POST /api/v1/subjects/:id/corrections: corrects the person's fields with a reason, at the version
// read (409 if it changed since, or if the A-number is another person's); the history keeps both values.
import { correctPerson } from "@/lib/subjects/mutations";
import { SUBJECT_ROLES } from "@/lib/subjects/policy";
import { correctionSchema } from "@/lib/subjects/schema";
import { clientAddressOf } from "@/lib/server/http/client-address";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const POST = withStaff({ roles: SUBJECT_ROLES, body: correctionSchema }, async ({ request, scope, params, body: input }) => {
  const clientAddress = clientAddressOf((name) => request.headers.get(name));
  return json(await correctPerson({ scope, personId: params.id, input, clientAddress }));
});
