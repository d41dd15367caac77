// GET /api/v1/subjects/:id/export?purpose=&purposeText=: the person's record as a JSON file for a
// records request (docs/subject-export.md); audited as `subject.exported` with the case ids it held.
import { readSubject } from "@/lib/subjects/data";
import { exportFileName, toSubjectExport } from "@/lib/subjects/export";
import { SUBJECT_ROLES } from "@/lib/subjects/policy";
import { purposeQuerySchema } from "@/lib/subjects/schema";
import { AppError } from "@/lib/server/errors";
import { clientAddressOf } from "@/lib/server/http/client-address";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: SUBJECT_ROLES, query: purposeQuerySchema }, async ({ request, scope, params, query: purpose }) => {
  const clientAddress = clientAddressOf((name) => request.headers.get(name));
  const record = await readSubject({ scope, personId: params.id, purpose, clientAddress, as: "exported" });
  if (!record) throw new AppError("not_found", "not_found");
  const now = new Date();
  return json(toSubjectExport({ scope, purpose, record, now }), 200, {
    "Content-Disposition": `attachment; filename="${exportFileName(record.person.id, now)}"`,
  });
});
