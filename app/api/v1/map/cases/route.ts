// GET /api/v1/map/cases: exact points of the open cases the caller may see (the officer's map).
import { listMapCases } from "@/lib/map/data";
import { json } from "@/lib/server/http/responses";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff(async (_request, { scope }) => json({ cases: await listMapCases(scope) }));
