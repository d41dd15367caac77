// GET /api/v1/map/cases: exact points of the open cases the caller may see (the officer's map), in binary (lib/map/case-codec.ts).
import { MAP_CASES_CONTENT_TYPE } from "@/lib/map/case-codec";
import { readMapCases } from "@/lib/map/data";
import { OFFICER_MAP_ROLES } from "@/lib/map/policy";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

// PostgreSQL writes the body as it is sent: nothing is built or parsed here.
// Not compressed: the records are mostly ids, which do not compress.
export const GET = withStaff(
  { roles: OFFICER_MAP_ROLES },
  async ({ scope }) =>
    new Response(await readMapCases(scope), {
      headers: { "Content-Type": MAP_CASES_CONTENT_TYPE, "Cache-Control": "no-store" },
    }),
);
