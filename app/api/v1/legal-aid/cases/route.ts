// GET /api/v1/legal-aid/cases: the legal-aid queue, filtered like the triage queue (status defaults to
// REFERRED_LEGAL_AID; owner=me|unassigned|<id> is the legal-aid assignee; overdue=1): { cases, total }.
import { listLegalAidCases } from "@/lib/legal-aid/data";
import { parseLegalQueueFilter } from "@/lib/legal-aid/schema";
import { AppError } from "@/lib/server/errors";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff(async (request, { scope }) => {
  const parsed = parseLegalQueueFilter(new URL(request.url).searchParams);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    throw new AppError("invalid_body", "invalid_body", { issues });
  }
  return json(await listLegalAidCases(scope, parsed.data));
});
