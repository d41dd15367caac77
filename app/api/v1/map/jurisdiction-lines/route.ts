// GET /api/v1/map/jurisdiction-lines?own=LAX: the borders between consulates' jurisdictions (GeoJSON), and one consulate's area.
import { z } from "zod";
import { getJurisdictionLines } from "@/lib/map/jurisdiction-shapes";
import { json } from "@/lib/server/http/responses";
import { parseWith } from "@/lib/server/http/parse-body";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

const querySchema = z.object({ own: z.string().regex(/^[A-Z]{3}$/).optional() });

export const GET = withStaff(async (request) => {
  const { own } = parseWith(querySchema, Object.fromEntries(new URL(request.url).searchParams));
  return json(await getJurisdictionLines(own ?? null), 200, { "Cache-Control": "private, max-age=600" });
});
