// POST /api/v1/cases/:id/notes: appends a note to the case.
import { addNote } from "@/lib/cases/mutations";
import { noteSchema } from "@/lib/cases/schema";
import { readJsonWith } from "@/lib/server/http/parse-body";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const POST = withStaff<{ id: string }>(async (request, { scope, params }) => {
  const { body } = await readJsonWith(request, noteSchema);
  return json({ note: await addNote({ scope, caseId: params.id, body }) }, 201);
});
