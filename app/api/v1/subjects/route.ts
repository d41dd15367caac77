// GET /api/v1/subjects?q=: the people whose whole words (name, phone, CURP, A-number) match,
// among those with a case the caller sees (supervisors: their region; administrators: all).
import { searchSubjects } from "@/lib/subjects/data";
import { SUBJECT_ROLES } from "@/lib/subjects/policy";
import { subjectSearchQuerySchema } from "@/lib/subjects/schema";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";
import { requestAddress } from "@/lib/server/http/client-address";

export const dynamic = "force-dynamic";

export const GET = withStaff({ roles: SUBJECT_ROLES, query: subjectSearchQuerySchema }, async ({ request, scope, query: { q } }) =>
  json({ subjects: await searchSubjects({ scope, q, clientAddress: requestAddress(request) }) }),
);
