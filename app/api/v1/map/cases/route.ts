// GET /api/v1/map/cases: exact points of the open cases the caller may see (the officer's map), as columns (MapCaseColumns).
import { listMapCasesJson } from "@/lib/map/data";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

// The text comes from PostgreSQL as it is sent: no parse and stringify of 50,000 cases here.
export const GET = withStaff(
  async (_request, { scope }) =>
    new Response(await listMapCasesJson(scope), {
      headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
    }),
);
