// GET /api/v1/map/jurisdiction-tiles/:z/:x/:y: one vector tile of the borders between consulates' jurisdictions.
import { getJurisdictionTile } from "@/lib/map/jurisdiction-shapes";
import { tileParamsSchema } from "@/lib/map/schema";
import { withStaff } from "@/lib/server/http/with-staff";

export const dynamic = "force-dynamic";

export const GET = withStaff({ params: tileParamsSchema }, async ({ params: tile }) =>
  new Response(await getJurisdictionTile(tile.z, tile.x, tile.y), {
    // The table changes with a seed, not with traffic (the server reads it again after ten minutes).
    headers: { "Content-Type": "application/vnd.mapbox-vector-tile", "Cache-Control": "private, max-age=600" },
  }),
);
