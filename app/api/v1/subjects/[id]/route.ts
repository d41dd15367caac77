// GET /api/v1/subjects/:id?purpose=&purposeText=: everything held about one person (the cases the
// caller sees), read for the stated purpose and audited; 404 when absent or out of the caller's scope.
import { readSubject } from "@/lib/subjects/data";
import { SUBJECT_ROLES } from "@/lib/subjects/policy";
import { purposeQuerySchema } from "@/lib/subjects/schema";
import { AppError } from "@/lib/server/errors";
import { clientAddressOf } from "@/lib/server/http/client-address";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: SUBJECT_ROLES, query: purposeQuerySchema }, async ({ request, scope, params, query: purpose }) => {
  const clientAddress = clientAddressOf((name) => request.headers.get(name));
  const record = await readSubject({ scope, personId: params.id, purpose, clientAddress });
  if (!record) throw new AppError("not_found", "not_found");
  return json({ record });
});
