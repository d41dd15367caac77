// POST /api/v1/cases/:id/notes: appends a note to the case.
import { addNote } from "@/lib/cases/mutations";
import { CASE_ROLES } from "@/lib/cases/policy";
import { noteSchema } from "@/lib/cases/schema";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const POST = withStaff({ roles: CASE_ROLES, body: noteSchema }, async ({ scope, params, body: { body } }) =>
  json({ note: await addNote({ scope, caseId: params.id, body }) }, 201),
);
