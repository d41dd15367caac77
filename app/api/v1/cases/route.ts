// GET /api/v1/cases: the cases the caller may see (by role and consulate or region), newest alert first.
import { listCases } from "@/lib/cases/data";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff(async (_request, { scope }) => json({ cases: await listCases(scope) }));
